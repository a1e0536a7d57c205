package io.keyward.app.console;

import io.keyward.app.page.PageContext;
import io.keyward.app.task.BackgroundTasks;
import io.keyward.app.task.FxBackgroundTasks;
import io.keyward.model.cache.Cache;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
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
    try (Cache cache = Cache.open(cacheFile);
        FxBackgroundTasks tasks = new FxBackgroundTasks()) {
      PageContext context = context(cache, tasks);
      Platform.startup(
          () -> {
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
            Scene scene = shell.scene(WIDTH, HEIGHT);
            stage.setScene(scene);
            stage.setOnHidden(event -> closed.countDown());
            stage.show();
          });
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      Platform.exit();
    }
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
