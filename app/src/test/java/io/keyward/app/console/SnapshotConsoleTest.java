package io.keyward.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.TestEstate;
import io.keyward.app.TestSourceAdmin;
import io.keyward.app.format.Display;
import io.keyward.app.task.InlineBackgroundTasks;
import io.keyward.model.cache.Cache;
import io.keyward.model.snapshot.ExportOptions;
import io.keyward.model.snapshot.OpenedSnapshot;
import io.keyward.model.snapshot.SnapshotDiff;
import io.keyward.model.snapshot.SnapshotExport;
import io.keyward.model.snapshot.SnapshotReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The console on a snapshot: marked as one, read-only, and able to compare with another. */
@ExtendWith(ApplicationExtension.class)
class SnapshotConsoleTest {
  @TempDir Path dir;
  private OpenedSnapshot snapshot;
  private ConsoleShell shell;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Path file = dir.resolve("estate.kwsnap");
    try (Cache live = TestEstate.create(dir.resolve("cache.db"), 5)) {
      SnapshotExport.write(live, file, new ExportOptions(false, Optional.empty(), "test"));
    }
    snapshot = SnapshotReader.open(file);
    Cache cache = snapshot.cache();
    InlineBackgroundTasks tasks = new InlineBackgroundTasks();
    ThemeChoice.LIGHT.apply();
    shell =
        new ConsoleShell(
            ConsoleApp.context(cache, tasks),
            TestSourceAdmin.of(cache, dir, Map.of(), tasks),
            cache.file(),
            cache.demoInfo(),
            Optional.of(snapshot.verified()),
            ThemeChoice.LIGHT,
            theme -> {});
    stage.setScene(shell.scene(1300, 760));
    stage.show();
  }

  @AfterEach
  void close() {
    snapshot.close();
  }

  @Test
  void theHeaderAndTitleSaySnapshotAndItsDate(FxRobot robot) {
    String badge = robot.lookup("#snapshot-badge").queryAs(Label.class).getText();
    assertThat(badge).isEqualTo("SNAPSHOT " + Display.instant(snapshot.manifest().createdAt()));
    assertThat(robot.lookup("#snapshot-about").queryAs(Label.class).getText())
        .isEqualTo("Read-only · unsigned");
    assertThat(ConsoleApp.title(snapshot.cache(), Optional.of(snapshot.verified())))
        .startsWith("Keyward — SNAPSHOT 20");
    assertThat(robot.lookup("#snapshot-export").tryQuery()).isEmpty();
    assertThat(robot.lookup("#snapshot-compare").queryAs(Button.class).isVisible()).isTrue();
  }

  @Test
  void sourcesCannotBeChangedInASnapshot(FxRobot robot) {
    robot.interact(() -> shell.show(PageName.SOURCES));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#source-add").queryAs(Button.class).isDisabled()).isTrue();
    for (String id : List.of("#source-edit", "#source-test", "#source-sync", "#source-remove")) {
      assertThat(robot.lookup(id).queryAs(Button.class).isDisabled()).as(id).isTrue();
    }
    assertThat(robot.lookup("#source-hint").queryAs(Label.class).getText())
        .startsWith("Read-only snapshot:");
  }

  @Test
  void nothingIsOfferedForRevocationInASnapshot(FxRobot robot) {
    robot.interact(() -> shell.show(PageName.IDENTITIES));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#revoke-selected").tryQuery()).isEmpty();

    robot.interact(() -> shell.show(PageName.REVOCATIONS));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#revoke-target").tryQuery()).isEmpty();
    assertThat(robot.lookup("#revoke-read-only").tryQuery()).isPresent();
  }

  @Test
  void policiesAndThresholdsCannotBeSavedInASnapshot(FxRobot robot) {
    robot.interact(() -> shell.show(PageName.SCORECARD));
    WaitForAsyncUtils.waitForFxEvents();
    for (String id :
        List.of("#policy-import", "#policy-save", "#policy-delete", "#thresholds-apply")) {
      assertThat(robot.lookup(id).queryAs(Button.class).isDisabled()).as(id).isTrue();
    }
  }

  @Test
  void comparingWithItselfShowsNoChangeAndTheLevel(FxRobot robot) {
    List<SnapshotDiff> shown = new ArrayList<>();
    SnapshotActions actions =
        new SnapshotActions(
            snapshot.cache(),
            ConsoleApp.context(snapshot.cache(), new InlineBackgroundTasks()),
            Optional.of(snapshot.verified()));
    robot.interact(() -> actions.compareWith(snapshot.verified().file(), shown::add, stage));

    assertThat(shown).singleElement().satisfies(diff -> assertThat(diff.isEmpty()).isTrue());
  }
}
