package io.keyward.app.console;

import io.keyward.app.page.PageContext;
import io.keyward.app.task.BackgroundTasks;
import io.keyward.app.task.FxBackgroundTasks;
import io.keyward.model.cache.Cache;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Opens the console window on a cache and returns when the analyst closes it. */
public final class ConsoleApp {
  static final double WIDTH = 1440;
  static final double HEIGHT = 900;

  private ConsoleApp() {}

  /** Blocks until the window closes; the toolkit must not have been started in this process. */
  public static void launch(Path cacheFile) {
    Path settingsFile =
        ConsoleSettings.defaultFile(System.getenv(), Path.of(System.getProperty("user.home")));
    ConsoleSettings settings = ConsoleSettings.load(settingsFile);
    CountDownLatch closed = new CountDownLatch(1);
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    try (Cache cache = Cache.open(cacheFile);
        FxBackgroundTasks tasks = new FxBackgroundTasks()) {
      PageContext context = context(cache, tasks);
      Platform.startup(
          () -> {
            try {
              show(cache, context, settings, settingsFile, closed);
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

  private static void show(
      Cache cache,
      PageContext context,
      ConsoleSettings settings,
      Path settingsFile,
      CountDownLatch closed) {
    settings.theme().apply();
    ConsoleShell shell =
        new ConsoleShell(
            context,
            cache.file(),
            cache.demoInfo(),
            settings.theme(),
            theme -> settings.withTheme(theme).save(settingsFile));
    Stage stage = new Stage();
    stage.setTitle(title(cache));
    // 1440x900, or less on a smaller screen so the whole window stays reachable.
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    Scene scene =
        shell.scene(Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
    stage.setScene(scene);
    stage.setOnHidden(event -> closed.countDown());
    stage.show();
  }

  /**
   * The pages' view of the cache. Sources are read here, before any background job runs, because
   * every filter bar offers them.
   */
  public static PageContext context(Cache cache, BackgroundTasks tasks) {
    return new PageContext(cache.repository(), cache.repository().sources(), tasks, cache.clock());
  }

  /** {@code Keyward}, with {@code — DEMO estate} when the cache holds the demo estate. */
  public static String title(Cache cache) {
    return "Keyward" + (cache.demoInfo().isPresent() ? " — DEMO estate" : "");
  }
}
