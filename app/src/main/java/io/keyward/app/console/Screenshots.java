package io.keyward.app.console;

import io.keyward.app.page.PageContext;
import io.keyward.app.task.FxBackgroundTasks;
import io.keyward.connectors.CredentialPrompt;
import io.keyward.model.cache.Cache;
import io.keyward.model.snapshot.OpenedSnapshot;
import io.keyward.model.snapshot.SnapshotReader;
import io.keyward.model.snapshot.VerifiedSnapshot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;

/**
 * Renders console pages to PNG files without a display, each after its background loads finished,
 * so the pictures show data rather than spinners.
 */
public final class Screenshots {
  private static final long LOAD_TIMEOUT_SECONDS = 120;

  private Screenshots() {}

  /**
   * Selects Monocle's headless software pipeline. Must run before the FX toolkit starts; harmless
   * when it already has (as under TestFX, which set the same properties).
   */
  public static void useHeadlessToolkit() {
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("prism.order", "sw");
    System.setProperty("java.awt.headless", "true");
  }

  /**
   * Writes {@code outDir/<page>-<theme>.png} for each page, at 1440x900. The identities and alerts
   * pages are rendered with their first row selected so the detail pane shows.
   *
   * @return the files written, in page order
   */
  public static List<Path> render(
      Path cacheFile, ThemeChoice theme, List<PageName> pages, Path outDir)
      throws IOException, InterruptedException {
    try (Cache cache = Cache.open(cacheFile)) {
      return render(cache, Optional.empty(), theme, pages, outDir);
    }
  }

  /** As {@link #render}, of the console on a verified snapshot, read-only. */
  public static List<Path> renderSnapshot(
      Path snapshotFile, ThemeChoice theme, List<PageName> pages, Path outDir)
      throws IOException, InterruptedException {
    try (OpenedSnapshot snapshot = SnapshotReader.open(snapshotFile)) {
      return render(snapshot.cache(), Optional.of(snapshot.verified()), theme, pages, outDir);
    }
  }

  private static List<Path> render(
      Cache cache,
      Optional<VerifiedSnapshot> snapshot,
      ThemeChoice theme,
      List<PageName> pages,
      Path outDir)
      throws IOException, InterruptedException {
    Files.createDirectories(outDir);
    startToolkit();
    try (FxBackgroundTasks tasks = new FxBackgroundTasks()) {
      PageContext context = ConsoleApp.context(cache, tasks);
      // A scene without a window: snapshot lays it out at full size whatever the headless
      // screen's geometry, and nothing is painted to a frame buffer nobody looks at.
      ConsoleShell shell =
          onFx(
              () -> {
                theme.apply();
                return new ConsoleShell(
                    context,
                    ConsoleApp.sourceAdmin(cache, tasks, CredentialPrompt.NONE, () -> {}),
                    cache.file(),
                    cache.demoInfo(),
                    snapshot,
                    theme,
                    chosen -> {});
              });
      Scene scene = onFx(() -> shell.scene(ConsoleApp.WIDTH, ConsoleApp.HEIGHT));
      List<Path> written = new ArrayList<>();
      for (PageName page : pages) {
        onFx(() -> shell.show(page));
        awaitIdle(tasks);
        onFx(() -> shell.stageForScreenshot(page));
        awaitIdle(tasks);
        Path file = outDir.resolve(page.cliName() + "-" + theme.cliName() + ".png");
        BufferedImage image = onFx(() -> snapshot(scene));
        ImageIO.write(image, "png", file.toFile());
        written.add(file);
      }
      return written;
    }
  }

  private static BufferedImage snapshot(Scene scene) {
    return SwingFXUtils.fromFXImage(scene.snapshot(null), null);
  }

  private static void startToolkit() {
    Platform.setImplicitExit(false);
    try {
      Platform.startup(() -> {});
    } catch (IllegalStateException alreadyStarted) {
      // A test harness or an earlier call started it; one toolkit per process is all there is.
    }
  }

  /** Waits until no background job is pending across two FX pulses in a row. */
  private static void awaitIdle(FxBackgroundTasks tasks) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_TIMEOUT_SECONDS);
    int quietChecks = 0;
    while (quietChecks < 3) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("pages still loading after " + LOAD_TIMEOUT_SECONDS + " s");
      }
      boolean idle = onFx(() -> tasks.pending().get() == 0);
      quietChecks = idle ? quietChecks + 1 : 0;
      Thread.sleep(30);
    }
  }

  private static <T> T onFx(Supplier<T> action) throws InterruptedException {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(action.get());
          } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
          }
        });
    try {
      return result.get(LOAD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("the FX thread did not answer", e);
    }
  }

  private static void onFx(Runnable action) throws InterruptedException {
    onFx(
        () -> {
          action.run();
          return null;
        });
  }
}
