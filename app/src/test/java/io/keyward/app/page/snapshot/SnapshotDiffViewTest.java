package io.keyward.app.page.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.snapshot.ItemChange;
import io.keyward.model.snapshot.KindDiff;
import io.keyward.model.snapshot.SnapshotDiff;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The diff view shows counts per kind, the changed items with their fields, and the level. */
@ExtendWith(ApplicationExtension.class)
class SnapshotDiffViewTest {
  private static final KindDiff NONE = new KindDiff(List.of(), List.of(), List.of());

  @Start
  void start(Stage stage) {
    SnapshotDiff diff =
        new SnapshotDiff(
            new KindDiff(
                List.of("kc:new-agent"),
                List.of("kc:old-agent"),
                List.of(new ItemChange("kc:bot", List.of("status", "ownerId")))),
            NONE,
            new KindDiff(List.of("kc:grant/9"), List.of(), List.of()),
            NONE,
            2,
            1);
    stage.setScene(
        new Scene(
            new StackPane(new SnapshotDiffView(diff, "a.kwsnap", "b.kwsnap").view()), 800, 600));
    stage.show();
  }

  @Test
  void showsCountsItemsAndTheLevelChange(FxRobot robot) {
    assertThat(text(robot, "#diff-level")).isEqualTo("Maturity level 2 → 1");
    assertThat(text(robot, "#diff-identities-added")).isEqualTo("1");
    assertThat(text(robot, "#diff-identities-removed")).isEqualTo("1");
    assertThat(text(robot, "#diff-identities-changed")).isEqualTo("1");
    assertThat(text(robot, "#diff-grants-added")).isEqualTo("1");
    assertThat(text(robot, "#diff-credentials-added")).isEqualTo("0");
    ListView<?> identities =
        robot.lookup("#diff-items-identities .list-view").queryAs(ListView.class);
    assertThat(identities.getItems().stream().map(Object::toString).toList())
        .containsExactly("+  kc:new-agent", "−  kc:old-agent", "~  kc:bot  (status, ownerId)");
    assertThat(robot.lookup("#diff-items-credentials").tryQuery()).isEmpty();
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }
}
