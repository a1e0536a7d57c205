package io.keyward.app.page.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.TestEstate;
import io.keyward.app.page.PageContext;
import io.keyward.app.task.InlineBackgroundTasks;
import io.keyward.model.cache.Cache;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Alerts page as an analyst drives it: filter, open an alert, open its timeline, go back. */
@ExtendWith(ApplicationExtension.class)
class AlertsPageTest {
  @TempDir Path dir;
  private Cache cache;

  @Start
  void start(Stage stage) {
    cache = AlertsEstate.create(dir.resolve("cache.db"));
    PageContext context =
        new PageContext(
            cache.repository(),
            cache.repository().sources(),
            new InlineBackgroundTasks(),
            TestEstate.CLOCK);
    AlertsPage page = new AlertsPage(new AlertsViewModel(context, 1000));
    Scene scene = new Scene((javafx.scene.Parent) page.view(), 1200, 760);
    scene
        .getStylesheets()
        .add(io.keyward.app.console.ConsoleShell.class.getResource("console.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
    page.activate();
  }

  @AfterEach
  void close() {
    cache.close();
  }

  /** Filters query in the background; on a busy machine the rows arrive a moment later. */
  private void awaitRows(FxRobot robot, int rows) throws Exception {
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == rows);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private TableView<?> table(FxRobot robot) {
    return robot.lookup("#inventory-table").queryAs(TableView.class);
  }

  /**
   * Picks the entry of {@code combo} shown as {@code choice}. Selecting through the model, not a
   * click in the popup: several filter popups list "Any", and a click under load can land in the
   * wrong one.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void choose(FxRobot robot, ComboBox<?> combo, String choice) {
    robot.interact(
        () -> {
          ComboBox raw = combo;
          Object item =
              raw.getItems().stream()
                  .filter(
                      each ->
                          choice.equals(
                              raw.getConverter() == null
                                  ? String.valueOf(each)
                                  : raw.getConverter().toString(each)))
                  .findFirst()
                  .orElse(null);
          if (item == null) {
            throw new AssertionError("no entry " + choice);
          }
          raw.getSelectionModel().select(item);
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void filterOpenAnAlertFollowItToItsCredentialsTimelineAndBack(FxRobot robot) throws Exception {
    assertThat(table(robot).getItems()).hasSize(4);

    ComboBox<?> mapping = robot.lookup("#filter-mapping .combo-box").queryAs(ComboBox.class);
    choose(robot, mapping, "Unmatched");
    awaitRows(robot, 1);
    choose(robot, mapping, "Any");
    awaitRows(robot, 4);
    ComboBox<?> type = robot.lookup("#filter-type .combo-box").queryAs(ComboBox.class);
    choose(robot, type, "credential-change");
    awaitRows(robot, 1);

    robot.clickOn(AlertsEstate.TITLE);
    WaitForAsyncUtils.waitFor(
        3, TimeUnit.SECONDS, () -> robot.lookup("#alert-title").tryQuery().isPresent());
    assertThat(robot.lookup("#alert-title").queryAs(Label.class).getText())
        .isEqualTo(AlertsEstate.TITLE);
    assertThat(robot.lookup("#raw-event").queryAs(TextArea.class).getText())
        .contains("[redacted]")
        .doesNotContain("hunter2");
    assertThat(robot.lookup("#alert-mapping").lookup("trainer").tryQuery()).isPresent();

    robot.clickOn("#credential-timeline");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#timeline-subject").queryAs(Label.class).getText())
        .isEqualTo("trainer-key");
    assertThat(robot.lookup(".timeline-entry").queryAll()).hasSize(3);
    assertThat(robot.lookup("#timeline-limit").queryAs(Label.class).getText())
        .startsWith("Grant removals are not shown");

    robot.clickOn("#timeline-copy");
    String copied =
        WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
            .get();
    assertThat(copied)
        .startsWith("trainer-key (")
        .contains("3 entries, oldest first", "CREDENTIAL_CREATED", "ALERT ")
        .endsWith("Note: " + robot.lookup("#timeline-limit").queryAs(Label.class).getText());
    assertThat(robot.lookup("#timeline-copy").queryAs(Button.class).getText()).isEqualTo("Copied");

    robot.clickOn("#timeline-back");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#alert-title").tryQuery()).isPresent();
    assertThat(
            robot
                .lookup("#timeline")
                .tryQuery()
                .filter(n -> n.getScene() != null && n.getParent() != null))
        .isEmpty();
  }
}
