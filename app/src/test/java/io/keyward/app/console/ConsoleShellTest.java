package io.keyward.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.TestEstate;
import io.keyward.app.TestSourceAdmin;
import io.keyward.app.page.PageContext;
import io.keyward.app.page.revocations.PlannedItem;
import io.keyward.app.task.InlineBackgroundTasks;
import io.keyward.model.cache.Cache;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.Revocation;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console as an analyst drives it: sidebar and keys, search, filters, the detail pane and the
 * overview's problems. Queries run inline on the FX thread, so every step is deterministic.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleShellTest {
  private static final int FILLER_AGENTS = 50;
  private static final int ALL_IDENTITIES =
      TestEstate.HUMANS + TestEstate.NAMED_NON_HUMANS + FILLER_AGENTS;

  @TempDir Path dir;
  private Cache cache;
  private ConsoleShell shell;
  private final List<ThemeChoice> savedThemes = new ArrayList<>();

  @Start
  void start(Stage stage) {
    cache = TestEstate.create(dir.resolve("cache.db"), FILLER_AGENTS);
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
            TestSourceAdmin.of(cache, dir, Map.of("FAKE_SECRET", "s"), new InlineBackgroundTasks()),
            cache.file(),
            Optional.empty(),
            ThemeChoice.LIGHT,
            savedThemes::add);
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

  private String countLine(FxRobot robot) {
    return robot.lookup("#count-line").queryAs(Label.class).getText();
  }

  /**
   * The visible table cell showing {@code text}; clicking it selects its row. Cells the table keeps
   * in reserve may still hold old text, hence the check that the row is in use.
   */
  private Node cell(FxRobot robot, String text) {
    return robot
        .from(table(robot))
        .lookup(".table-cell")
        .match(
            (javafx.scene.control.TableCell<?, ?> cell) ->
                text.equals(cell.getText())
                    && cell.getTableRow() != null
                    && cell.getTableRow().isVisible()
                    && !cell.getTableRow().isEmpty())
        .query();
  }

  private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, condition);
    // Let the table lay out its new rows before anything looks for or clicks a cell.
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void sidebarOpensAPageAndItsTable(FxRobot robot) {
    assertThat(shell.current()).isEqualTo(PageName.OVERVIEW);

    robot.clickOn("#nav-identities");

    assertThat(shell.current()).isEqualTo(PageName.IDENTITIES);
    assertThat(table(robot).getItems()).hasSize(ALL_IDENTITIES);
    assertThat(countLine(robot)).isEqualTo(ALL_IDENTITIES + " identities");
  }

  @Test
  void clickingAColumnHeaderSortsTheRowsInThatColumnsOrder(FxRobot robot) {
    robot.clickOn("#nav-identities");
    @SuppressWarnings("unchecked")
    TableView<Identity> identities = (TableView<Identity>) table(robot);
    TableColumn<Identity, ?> name = identities.getColumns().get(0);
    assertThat(identities.getSortOrder()).containsExactly(name);
    assertThat(name.getSortType()).isEqualTo(TableColumn.SortType.ASCENDING);

    robot.clickOn(header(robot, "Name"));

    assertThat(name.getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);
    assertThat(identities.getItems())
        .hasSize(ALL_IDENTITIES)
        .extracting(Identity::name)
        .isSortedAccordingTo(Comparator.reverseOrder());

    // Age ascending is youngest first: creation times descending, unknown ones last.
    robot.clickOn(header(robot, "Age"));

    assertThat(identities.getItems())
        .hasSize(ALL_IDENTITIES)
        .extracting(Identity::createdAt)
        .isSortedAccordingTo(
            Comparator.<Instant>nullsLast(Comparator.<Instant>naturalOrder().reversed()));
  }

  @Test
  void aThirdClickOnAHeaderReturnsToTheDefaultOrder(FxRobot robot) {
    robot.clickOn("#nav-grants");
    TableView<?> grants = table(robot);
    List<Object> loadOrder = List.copyOf(grants.getItems());
    assertThat(grants.getSortOrder()).isEmpty();

    robot.clickOn(header(robot, "Resource"));
    assertThat(grants.getItems()).isNotEqualTo(loadOrder);
    robot.clickOn(header(robot, "Resource"));
    robot.clickOn(header(robot, "Resource"));

    assertThat(grants.getSortOrder()).isEmpty();
    assertThat(grants.getItems()).isEqualTo(loadOrder);
  }

  private Node header(FxRobot robot, String title) {
    return robot
        .from(table(robot))
        .lookup(".column-header")
        .match(
            (TableColumnHeader header) ->
                header.getTableColumn() != null && title.equals(header.getTableColumn().getText()))
        .query();
  }

  @Test
  void controlDigitsSwitchPages(FxRobot robot) {
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
    assertThat(shell.current()).isEqualTo(PageName.IDENTITIES);
    assertThat(robot.lookup("#nav-identities").queryAs(ToggleButton.class).isSelected()).isTrue();

    robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
    assertThat(shell.current()).isEqualTo(PageName.ALERTS);
    assertThat(countLine(robot)).isEqualTo("3 alerts");
  }

  @Test
  void typingInTheSearchFiltersRowsAfterAPause(FxRobot robot) throws Exception {
    robot.clickOn("#nav-identities");
    robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
    assertThat(robot.lookup("#search").queryAs(TextField.class).isFocused()).isTrue();

    robot.write("review");

    waitUntil(() -> table(robot).getItems().size() == 1);
    assertThat(countLine(robot)).isEqualTo("1 identity");

    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    assertThat(robot.lookup("#search").queryAs(TextField.class).getText()).isEmpty();
    assertThat(table(robot).getItems()).hasSize(ALL_IDENTITIES);
  }

  @Test
  void aFilterNarrowsTheListAndClearFiltersUndoesIt(FxRobot robot) {
    robot.clickOn("#nav-identities");

    robot.clickOn("#filter-kind .combo-box");
    robot.clickOn(robot.lookup(".combo-box-popup .list-cell").lookup("Human").queryLabeled());

    assertThat(table(robot).getItems()).hasSize(TestEstate.HUMANS);
    robot.clickOn("Clear filters");
    assertThat(table(robot).getItems()).hasSize(ALL_IDENTITIES);
  }

  @Test
  void selectingARowShowsWhoItIs(FxRobot robot) throws Exception {
    robot.clickOn("#nav-identities");
    robot.clickOn("#search").write("code-review");
    waitUntil(() -> table(robot).getItems().size() == 1);

    robot.clickOn(cell(robot, "code-review-agent"));

    Label name = robot.lookup("#detail-name").queryAs(Label.class);
    assertThat(name.getText()).isEqualTo("code-review-agent");
    assertThat(robot.lookup("#identity-detail").lookup("alice.nguyen").tryQuery()).isPresent();

    robot.clickOn("#open-timeline");
    waitUntil(() -> robot.lookup("#timeline-subject").tryQuery().isPresent());
    assertThat(robot.lookup("#timeline-subject").queryAs(Label.class).getText())
        .isEqualTo("code-review-agent");
    robot.clickOn("#timeline-back");
    waitUntil(() -> robot.lookup("#detail-name").tryQuery().isPresent());
    assertThat(robot.lookup("#timeline").tryQuery().filter(n -> n.getScene() != null)).isEmpty();
  }

  @Test
  void anOwnerlessAgentShowsTheMissingOwner(FxRobot robot) throws Exception {
    robot.clickOn("#nav-identities");
    robot.clickOn("#search").write("triage");
    waitUntil(() -> table(robot).getItems().size() == 1);

    robot.clickOn(cell(robot, "triage-agent"));

    assertThat(robot.lookup("#no-owner").tryQuery()).isPresent();
  }

  @Test
  void aGrantShowsItsPrincipal(FxRobot robot) {
    robot.clickOn("#nav-grants");

    robot.clickOn(cell(robot, "s3:PutObject"));

    assertThat(robot.lookup("#detail-name").queryAs(Label.class).getText()).isEqualTo("trainer");
    assertThat(robot.lookup("#identity-detail").lookup("erin.li").tryQuery()).isPresent();
  }

  @Test
  void aDelegationShowsWhatItReaches(FxRobot robot) {
    robot.clickOn("#nav-delegations");

    robot.clickOn(cell(robot, "DataScienceAdmin"));

    assertThat(robot.lookup("#detail-name").queryAs(Label.class).getText())
        .isEqualTo("DataScienceAdmin");
    assertThat(robot.lookup("#identity-detail").lookup("iam:* on *").tryQuery()).isPresent();
  }

  @Test
  void controlCCopiesTheSelectedRowAsCsv(FxRobot robot) throws Exception {
    robot.clickOn("#nav-credentials");
    robot.clickOn(cell(robot, "AKIATRAINERKEY"));

    robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);

    String copied =
        WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
            .get();
    assertThat(copied)
        .startsWith("AKIATRAINERKEY,trainer,Access key,Active,200 d,Never,")
        .endsWith(",AWS production,trainer-key");
  }

  @Test
  void selectedRowsAreRevokedTogetherFromTheInventory(FxRobot robot) throws Exception {
    robot.clickOn("#nav-credentials");
    robot.clickOn(cell(robot, "AKIATRAINERKEY"));
    robot.press(KeyCode.CONTROL).clickOn(cell(robot, "AKIACIDEPLOYERKEY")).release(KeyCode.CONTROL);
    assertThat(robot.lookup("#revoke-selected").queryButton().getText()).isEqualTo("Revoke 2…");

    robot.clickOn("#revoke-selected");

    assertThat(shell.current()).isEqualTo(PageName.REVOCATIONS);
    assertThat(robot.lookup("#revoke-target").queryAs(TextField.class).getText())
        .contains("trainer-key")
        .contains("ci-deployer-key");
    TableView<?> items = robot.lookup("#revoke-items").queryAs(TableView.class);
    waitUntil(() -> items.getItems().size() == 2);
    // The test console knows no AWS revoker: each row says so rather than failing silently.
    assertThat(items.getItems())
        .extracting(item -> ((PlannedItem) item).plan())
        .containsOnly(
            "Keyward cannot revoke in the source aws-prod yet; revoke trainer-key of trainer in the"
                + " source itself",
            "Keyward cannot revoke in the source aws-prod yet; revoke ci-deployer-key of"
                + " ci-deployer in the source itself");
  }

  @Test
  void anAlertIsAnsweredByRevokingItsSubject(FxRobot robot) throws Exception {
    robot.clickOn("#nav-alerts");
    robot.clickOn(cell(robot, "Unusual API calls"));

    robot.clickOn("#revoke-alert-subject");

    assertThat(shell.current()).isEqualTo(PageName.REVOCATIONS);
    assertThat(robot.lookup("#revoke-target").queryAs(TextField.class).getText())
        .isEqualTo("triage-agent");
    assertThat(
            robot
                .lookup(
                    "Answering alert al-1: the time from the alert to the revocation is"
                        + " measured")
                .tryQuery())
        .isPresent();
  }

  @Test
  void anAuditEntryIsReadWholeBySelectingIt(FxRobot robot) throws Exception {
    cache
        .revocationLog()
        .append(
            new Revocation(
                "rev-1",
                TestEstate.CLOCK.instant(),
                "analyst",
                RevocationAction.REMOVE_GRANT,
                "aws-prod:user/pricing-agent/grant/inline/prices/",
                "aws-prod",
                RevocationOutcome.DONE,
                "remove-grant on the grant\nundo: put the inline policy prices back",
                "DeleteUserPolicy accepted",
                "GetUserPolicy: prices absent",
                null,
                "{\"Version\":\"2012-10-17\"}"));
    robot.clickOn("#nav-revocations");
    TableView<?> audit = robot.lookup("#audit-table").queryAs(TableView.class);
    waitUntil(() -> audit.getItems().size() == 1);
    TextArea detail = robot.lookup("#audit-entry").queryAs(TextArea.class);
    assertThat(detail.getText()).isEmpty();

    robot.interact(() -> audit.getSelectionModel().select(0));

    assertThat(detail.getText())
        .startsWith("Entry 1 (rev-1)")
        .contains("Verification: GetUserPolicy: prices absent")
        .contains("Preflight:\n  remove-grant on the grant\n  undo: put the inline policy")
        .contains("Saved for undo:\n  {\"Version\":\"2012-10-17\"}");
  }

  @Test
  void anOverviewProblemOpensItsListFilteredToIt(FxRobot robot) {
    robot.clickOn("#problem-agents-without-owner");

    assertThat(shell.current()).isEqualTo(PageName.IDENTITIES);
    assertThat(table(robot).getItems()).hasSize(2);
    Node chip = robot.lookup("#identities-page #preset-chip").query();
    assertThat(chip.isVisible()).isTrue();
    assertThat(robot.from(chip).lookup("Ownerless agents").tryQuery()).isPresent();

    robot.clickOn(robot.from(chip).lookup(".chip-remove").queryButton());

    assertThat(chip.isVisible()).isFalse();
    assertThat(table(robot).getItems()).hasSize(ALL_IDENTITIES);
  }

  @Test
  void staleKeysOpenTheCredentialsWithTheirFilter(FxRobot robot) {
    robot.clickOn("#problem-stale-keys");

    assertThat(shell.current()).isEqualTo(PageName.CREDENTIALS);
    assertThat(countLine(robot)).isEqualTo("2 credentials");
    assertThat(robot.lookup("#filter-static-only").queryAs(ToggleButton.class).isSelected())
        .isTrue();
  }

  @Test
  void theThemeSwitchIsRemembered(FxRobot robot) {
    robot.clickOn("#theme-toggle");

    assertThat(savedThemes).containsExactly(ThemeChoice.DARK);
  }

  @Test
  void aSourceIsAddedFromTheFormThenSyncedFromItsRow(FxRobot robot) throws Exception {
    robot.clickOn("#nav-sources");
    robot.clickOn("#source-add");
    // The form proposes the kind's prefix; the analyst completes the id.
    robot.clickOn("#source-id").type(javafx.scene.input.KeyCode.END).write("agents");
    robot.clickOn("#setting-url").write("http://kc.example");
    robot.clickOn("#setting-users").write("4");
    robot.clickOn("#source-save");

    TableView<?> sources = robot.lookup("#sources-table").queryAs(TableView.class);
    waitUntil(() -> robot.lookup("#source-editor").tryQuery().isEmpty());
    int row = 0;
    while (!sources.getItems().get(row).toString().contains("keycloak:agents")) {
      row++;
    }
    int realm = row;
    robot.interact(() -> sources.getSelectionModel().select(realm));
    robot.clickOn("#source-sync");

    waitUntil(
        () -> robot.lookup("#source-status").queryAs(Label.class).getText().startsWith("Synced"));
    assertThat(robot.lookup("#source-status").queryAs(Label.class).getText())
        .startsWith("Synced keycloak:agents: 4 items loaded");
  }
}
