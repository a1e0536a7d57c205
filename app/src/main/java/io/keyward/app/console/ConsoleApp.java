package io.keyward.app.console;

import io.keyward.app.format.Display;
import io.keyward.app.page.PageContext;
import io.keyward.app.page.sources.SourceAdmin;
import io.keyward.app.task.BackgroundTasks;
import io.keyward.app.task.FxBackgroundTasks;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connectors;
import io.keyward.connectors.CredentialPrompt;
import io.keyward.connectors.SourceProfiles;
import io.keyward.model.cache.Cache;
import io.keyward.model.snapshot.OpenedSnapshot;
import io.keyward.model.snapshot.SnapshotReader;
import io.keyward.model.snapshot.VerifiedSnapshot;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Opens the console window on a cache and returns when the analyst closes it. */
public final class ConsoleApp {
  static final double WIDTH = 1440;
  static final double HEIGHT = 900;

  private ConsoleApp() {}

  /** Blocks until the window closes; the toolkit must not have been started in this process. */
  public static void launch(Path cacheFile) {
    try (Cache cache = Cache.open(cacheFile)) {
      launch(cache, Optional.empty());
    }
  }

  /**
   * Verifies the snapshot, then shows it read-only until the window closes; its extracted copy is
   * deleted afterwards.
   */
  public static void launchSnapshot(Path snapshotFile) {
    try (OpenedSnapshot snapshot = SnapshotReader.open(snapshotFile)) {
      launch(snapshot.cache(), Optional.of(snapshot.verified()));
    }
  }

  private static void launch(Cache cache, Optional<VerifiedSnapshot> snapshot) {
    Path settingsFile =
        ConsoleSettings.defaultFile(System.getenv(), Path.of(System.getProperty("user.home")));
    CountDownLatch closed = new CountDownLatch(1);
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    try (FxBackgroundTasks tasks = new FxBackgroundTasks();
        FxBackgroundTasks syncTasks = new FxBackgroundTasks()) {
      Platform.startup(
          () -> {
            try {
              Stage stage = new Stage();
              // 1440x900, or less on a smaller screen so the whole window stays reachable.
              Rectangle2D screen = Screen.getPrimary().getVisualBounds();
              stage.setWidth(Math.min(WIDTH, screen.getWidth()));
              stage.setHeight(Math.min(HEIGHT, screen.getHeight()));
              new ConsoleWindow(stage, cache, snapshot, tasks, syncTasks, settingsFile)
                  .show(PageName.OVERVIEW);
              stage.setOnHidden(event -> closed.countDown());
              stage.show();
            } catch (RuntimeException e) {
              // Without a window nobody could close it: report instead of waiting forever.
              failure.set(e);
              closed.countDown();
            }
          });
      closed.await();
      if (failure.get() != null) {
        throw failure.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      Platform.exit();
    }
  }

  /**
   * The Sources page's means to change the estate: the user's profiles, every connector on the
   * class path, credentials from the environment or {@code prompt}.
   */
  static SourceAdmin sourceAdmin(
      Cache cache, BackgroundTasks syncTasks, CredentialPrompt prompt, Runnable estateChanged) {
    ConnectEnvironment environment = ConnectEnvironment.system(prompt);
    return new SourceAdmin(
        new SourceProfiles(SourceProfiles.defaultFile(environment.variables(), environment.home())),
        Connectors.discover(),
        environment,
        cache,
        syncTasks,
        estateChanged);
  }

  /**
   * The pages' view of the cache. Sources are read here, before any background job runs, because
   * every filter bar offers them.
   */
  public static PageContext context(Cache cache, BackgroundTasks tasks) {
    return new PageContext(
        cache.repository(), cache.repository().sources(), tasks, cache.clock(), cache.readOnly());
  }

  /** {@code Keyward}, with {@code — DEMO estate} when the cache holds the demo estate. */
  public static String title(Cache cache) {
    return title(cache, Optional.empty());
  }

  /** As {@link #title(Cache)}, with {@code — SNAPSHOT <date>} when showing a snapshot. */
  public static String title(Cache cache, Optional<VerifiedSnapshot> snapshot) {
    return "Keyward"
        + snapshot.map(s -> " — SNAPSHOT " + Display.instant(s.manifest().createdAt())).orElse("")
        + (cache.demoInfo().isPresent() ? " — DEMO estate" : "");
  }
}
