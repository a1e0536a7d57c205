package io.keyward.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.TestEstate;
import io.keyward.app.TestSourceAdmin;
import io.keyward.app.page.PageContext;
import io.keyward.app.task.InlineBackgroundTasks;
import io.keyward.model.cache.Cache;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
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

/** The Scorecard page in the console: the level, drill-down to evidence, the policy editor. */
@ExtendWith(ApplicationExtension.class)
class ScorecardPageTest {
  @TempDir Path dir;
  private Cache cache;
  private ConsoleShell shell;

  @Start
  void start(Stage stage) {
    cache = TestEstate.create(dir.resolve("cache.db"), 5);
    PageContext context =
        new PageContext(
            cache.repository(),
            cache.repository().sources(),
            new InlineBackgroundTasks(),
            TestEstate.CLOCK);
    ThemeChoice.LIGHT.apply();
    shell =
        new ConsoleShell(
            context,
            TestSourceAdmin.of(cache, dir, Map.of(), new InlineBackgroundTasks()),
            cache.file(),
            Optional.empty(),
            ThemeChoice.LIGHT,
            theme -> {});
    stage.setScene(shell.scene(1200, 760));
    stage.show();
  }

  @AfterEach
  void closeCache() {
    cache.close();
  }

  private TableView<?> table(FxRobot robot) {
    return robot.lookup("#inventory-table").queryAs(TableView.class);
  }

  /** Follows an evidence link as a click would; the link may sit below the scrolled fold. */
  private void follow(FxRobot robot, String id) {
    Hyperlink link = robot.lookup(id).queryAs(Hyperlink.class);
    robot.interact(link::fire);
  }

  @Test
  void showsTheLevelOnTheGauge(FxRobot robot) {
    robot.clickOn("#nav-scorecard");

    assertThat(shell.current()).isEqualTo(PageName.SCORECARD);
    assertThat(robot.lookup("#scorecard-level").queryAs(Label.class).getText()).isEqualTo("Ad hoc");
    assertThat(robot.lookup("#gauge-ad-hoc").query().getStyleClass()).contains("current");
    assertThat(robot.lookup("#gauge-foundation").query().getStyleClass()).doesNotContain("reached");
    assertThat(robot.lookup("#criterion-active-owner").tryQuery()).isPresent();
  }

  @Test
  void evidenceOpensTheInventoryFilteredToExactlyThoseItems(FxRobot robot) {
    robot.clickOn("#nav-scorecard");
    follow(robot, "#evidence-active-owner-identity");

    assertThat(shell.current()).isEqualTo(PageName.IDENTITIES);
    assertThat(table(robot).getItems())
        .extracting(row -> ((Identity) row).id())
        .containsExactlyInAnyOrder("triage-agent", "invoice-agent");
    Node chip = robot.lookup("#identities-page #preset-chip").query();
    assertThat(chip.isVisible()).isTrue();
    assertThat(
            robot
                .from(chip)
                .lookup("Every non-human identity has an active human owner or sponsor")
                .tryQuery())
        .isPresent();

    robot.clickOn(robot.from(chip).lookup(".chip-remove").queryButton());
    assertThat(table(robot).getItems())
        .hasSize(TestEstate.HUMANS + TestEstate.NAMED_NON_HUMANS + 5);
  }

  @Test
  void grantEvidenceOpensTheGrants(FxRobot robot) {
    robot.clickOn("#nav-scorecard");
    follow(robot, "#evidence-no-wildcard-admin-grant");

    assertThat(shell.current()).isEqualTo(PageName.GRANTS);
    assertThat(table(robot).getItems())
        .extracting(row -> ((Grant) row).id())
        .containsExactly("g-admin");
  }

  @Test
  void thePolicyEditorValidatesWhileTyping(FxRobot robot) {
    robot.clickOn("#nav-scorecard");
    robot.clickOn(robot.lookup(".tab").lookup("Agent policies").queryLabeled());

    TextArea editor = robot.lookup("#policy-editor").queryAs(TextArea.class);
    robot.interact(
        () -> editor.setText("{\"ai_agent_id\":\"triage-agent\",\"owner_id\":\"alice.nguyen\"}"));
    Label validation = robot.lookup("#policy-validation").queryAs(Label.class);
    assertThat(validation.getText())
        .isEqualTo(
            "access_level: expected one of read_only, read_only_sensitive_data, read_write, read_write_sensitive_data, admin, found nothing");
    assertThat(robot.lookup("#policy-save").queryAs(Button.class).isDisabled()).isTrue();

    robot.interact(
        () ->
            editor.setText(
                "{\"ai_agent_id\":\"triage-agent\",\"owner_id\":\"alice.nguyen\",\"access_level\":\"admin\"}"));
    assertThat(validation.getText()).isEqualTo("Valid policy for triage-agent");
    robot.clickOn("#policy-save");

    assertThat(cache.repository().policies()).hasSize(1);
    assertThat(robot.lookup("#policy-list").lookup("triage-agent").tryQuery()).isPresent();
  }
}
