package io.keyward.app.console;

import io.keyward.app.page.sources.SourceAdmin;
import io.keyward.app.task.FxBackgroundTasks;
import io.keyward.model.cache.Cache;
import io.keyward.model.snapshot.VerifiedSnapshot;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Stage;

/**
 * The console's window on one cache. When a sync or removal changes the estate it builds the pages
 * anew, so every page, filter and the DEMO badge show what the cache holds now.
 */
final class ConsoleWindow {
  private final Stage stage;
  private final Cache cache;
  private final Optional<VerifiedSnapshot> snapshot;
  private final FxBackgroundTasks tasks;
  private final Path settingsFile;
  private final SourceAdmin admin;

  ConsoleWindow(
      Stage stage,
      Cache cache,
      Optional<VerifiedSnapshot> snapshot,
      FxBackgroundTasks tasks,
      FxBackgroundTasks syncTasks,
      Path settingsFile) {
    this.stage = stage;
    this.cache = cache;
    this.snapshot = snapshot;
    this.tasks = tasks;
    this.settingsFile = settingsFile;
    this.admin =
        ConsoleApp.sourceAdmin(
            cache, syncTasks, new FxSecretPrompt(), () -> show(PageName.SOURCES));
  }

  /** Builds the shell on what the cache holds now and shows {@code page}. */
  void show(PageName page) {
    ConsoleSettings settings = ConsoleSettings.load(settingsFile);
    settings.theme().apply();
    ConsoleShell shell =
        new ConsoleShell(
            ConsoleApp.context(cache, tasks),
            admin,
            cache.file(),
            cache.demoInfo(),
            snapshot,
            settings.theme(),
            theme -> ConsoleSettings.load(settingsFile).withTheme(theme).save(settingsFile));
    boolean first = stage.getScene() == null;
    double width = first ? stage.getWidth() : stage.getScene().getWidth();
    double height = first ? stage.getHeight() : stage.getScene().getHeight();
    stage.setScene(shell.scene(width, height));
    stage.setTitle(ConsoleApp.title(cache, snapshot));
    shell.show(page);
  }
}
