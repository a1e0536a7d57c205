package io.keyward.app.page.revocations;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import io.keyward.app.format.Display;
import io.keyward.app.page.ConsolePage;
import io.keyward.app.page.graph.EstateGraph;
import io.keyward.app.page.sources.SourceAdmin;
import io.keyward.app.task.BackgroundTasks;
import io.keyward.connectors.revoke.LostAccess;
import io.keyward.connectors.revoke.Revocations;
import io.keyward.model.cache.RevocationEntry;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;

/**
 * Revoke (target, action, preflight, dry-run or confirmed execution) above the audit log of every
 * attempt with its filters and the chain check.
 */
public final class RevocationsPage implements ConsolePage {
  private static final double ITEM_HEIGHT = 32;
  private static final int MAX_ITEMS_SHOWN = 8;

  private final RevocationsViewModel model;
  private final VBox root;
  private final TextField search = new TextField();
  private boolean loaded;

  /**
   * The page on the console's cache, with its saved profiles and credential sources; the graph
   * tells each preflight what access goes away.
   */
  public static RevocationsPage of(SourceAdmin admin, BackgroundTasks tasks, EstateGraph graph) {
    Revocations revocations =
        new Revocations(
            admin.cache(),
            admin.connectors(),
            admin.profiles()::find,
            admin.environment(),
            Revocations.actorOf(admin.environment()),
            Clock.systemUTC());
    return new RevocationsPage(
        new RevocationsViewModel(
            revocations,
            admin.cache().revocationLog(),
            tasks,
            target -> new LostAccess(graph.get().index(), admin.cache().repository()).of(target)),
        admin.cache().readOnly());
  }

  /**
   * @param readOnly a snapshot: its audit log is shown as exported, and nothing can be revoked
   */
  public RevocationsPage(RevocationsViewModel model, boolean readOnly) {
    this.model = model;
    Label heading = new Label("Revocations");
    heading.getStyleClass().add(Styles.TITLE_3);
    root = new VBox(16, heading, readOnly ? snapshotNote() : revokePanel(), auditPanel());
    root.getStyleClass().add("page");
    root.setId("revocations-page");
    VBox.setVgrow(root.getChildren().get(2), Priority.ALWAYS);
  }

  /** Starts the revocation asked for elsewhere in the console. */
  public void open(RevokeRequest request) {
    model.prepare(request);
  }

  private static Node snapshotNote() {
    Label note =
        new Label(
            "This is a snapshot: nothing can be revoked from it. The audit log below is the one"
                + " exported with it; revoke from the live console.");
    note.setWrapText(true);
    note.getStyleClass().add(Styles.TEXT_MUTED);
    note.setId("revoke-read-only");
    VBox panel = new VBox(note);
    panel.getStyleClass().add("panel");
    return panel;
  }

  private Node revokePanel() {
    TextField target = new TextField();
    target.setPromptText(
        "Targets: cache ids, external ids, or identity names or emails, separated by commas");
    target.textProperty().bindBidirectional(model.target());
    target.setId("revoke-target");
    target.setOnAction(e -> model.runPreflight());
    HBox.setHgrow(target, Priority.ALWAYS);
    ChoiceBox<RevocationAction> action = new ChoiceBox<>(model.actions());
    action.setConverter(names(a -> a == null ? "" : a.cliName()));
    action.valueProperty().bindBidirectional(model.action());
    action.setId("revoke-action");
    Button preflight = new Button("Preflight");
    preflight.setOnAction(e -> model.runPreflight());
    preflight.disableProperty().bind(model.busy().or(model.target().isEmpty()));
    HBox ask = new HBox(8, target, action, preflight);
    ask.setAlignment(Pos.CENTER_LEFT);

    Label alert = new Label();
    alert
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.alertId().get() == null
                        ? ""
                        : "Answering alert "
                            + model.alertId().get()
                            + ": the time from the alert to the revocation is measured",
                model.alertId()));
    alert.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    alert.managedProperty().bind(model.alertId().isNotNull());
    alert.visibleProperty().bind(model.alertId().isNotNull());

    Label plan = new Label();
    plan.setWrapText(true);
    plan.setId("revoke-plan");
    plan.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> model.plan().size() == 1 ? single(model.plan().get(0)) : "", model.plan()));
    plan.managedProperty().bind(plan.textProperty().isNotEmpty());

    TableView<PlannedItem> bulk = new TableView<>(model.plan());
    bulk.getColumns()
        .setAll(
            List.of(
                itemColumn("Target", 280, PlannedItem::target),
                itemColumn("Plan", 420, PlannedItem::plan),
                itemColumn("Result", 320, PlannedItem::result)));
    bulk.setId("revoke-items");
    // Tall enough for every item up to a screenful, so a selection reads without scrolling.
    bulk.setFixedCellSize(ITEM_HEIGHT);
    bulk.prefHeightProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> ITEM_HEIGHT * (Math.min(model.plan().size(), MAX_ITEMS_SHOWN) + 1) + 16,
                model.plan()));
    bulk.setMinHeight(Region.USE_PREF_SIZE);
    bulk.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    bulk.visibleProperty().bind(Bindings.size(model.plan()).greaterThan(1));
    bulk.managedProperty().bind(bulk.visibleProperty());

    TextField confirm = new TextField();
    confirm.textProperty().bindBidirectional(model.confirmation());
    confirm.setId("revoke-confirmation");
    confirm
        .promptTextProperty()
        .bind(Bindings.concat("Cannot be undone: type ", model.confirmationPhrase()));
    confirm.visibleProperty().bind(model.confirmationPhrase().isNotEmpty());
    confirm.managedProperty().bind(confirm.visibleProperty());
    HBox.setHgrow(confirm, Priority.ALWAYS);
    Button dry = new Button("Dry run");
    dry.setOnAction(e -> model.dryRun());
    dry.disableProperty().bind(Bindings.isEmpty(model.plan()).or(model.busy()));
    Button execute = new Button("Revoke");
    execute.getStyleClass().add(Styles.DANGER);
    execute.setOnAction(e -> model.execute());
    execute.disableProperty().bind(model.canExecute().not());
    execute.setId("revoke-execute");
    Button undo = new Button("Undo");
    undo.setOnAction(e -> model.undo());
    undo.visibleProperty().bind(model.canUndo());
    undo.managedProperty().bind(undo.visibleProperty());
    HBox act = new HBox(8, confirm, new Spacer(), dry, execute, undo);
    act.setAlignment(Pos.CENTER_LEFT);
    act.visibleProperty().bind(Bindings.isNotEmpty(model.plan()));
    act.managedProperty().bind(act.visibleProperty());

    Label message = new Label();
    message.setWrapText(true);
    message.textProperty().bind(model.message());
    message.getStyleClass().add(Styles.TEXT_MUTED);
    message.setId("revoke-message");
    message.managedProperty().bind(model.message().isNotEmpty());

    VBox panel = new VBox(10, ask, alert, plan, bulk, act, message);
    panel.getStyleClass().add("panel");
    return panel;
  }

  /** One target's preflight and what goes away, as the CLI prints them. */
  private static String single(PlannedItem item) {
    if (item.preflight() == null) {
      return "";
    }
    List<String> lines = new ArrayList<>();
    lines.add(item.preflight().text());
    lines.addAll(item.lostAccess());
    return String.join("\n", lines);
  }

  private static TableColumn<PlannedItem, String> itemColumn(
      String name, double width, Function<PlannedItem, String> value) {
    TableColumn<PlannedItem, String> column = new TableColumn<>(name);
    column.setPrefWidth(width);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    // Plans and source answers are sentences; hover shows the whole of a cut one.
    column.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(@Nullable String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
              }
            });
    return column;
  }

  private Node auditPanel() {
    Label title = new Label("Audit log");
    title.getStyleClass().add(Styles.TITLE_4);
    Label chain = new Label();
    chain.textProperty().bind(model.chain());
    model
        .chainIntact()
        .addListener(
            (o, was, intact) -> {
              chain.getStyleClass().removeAll("tone-success", "tone-danger");
              chain.getStyleClass().add(intact ? "tone-success" : "tone-danger");
            });
    chain.getStyleClass().add("tone-success");

    ChoiceBox<RevocationOutcome> outcome = new ChoiceBox<>();
    List<RevocationOutcome> outcomes = new ArrayList<>();
    outcomes.add(null);
    outcomes.addAll(Arrays.asList(RevocationOutcome.values()));
    outcome.getItems().setAll(outcomes);
    outcome.setConverter(names(o -> o == null ? "Any outcome" : RevocationsViewModel.outcome(o)));
    outcome.valueProperty().bindBidirectional(model.outcomeFilter());
    search.setPromptText("Target or actor");
    search.textProperty().bindBidirectional(model.textFilter());
    HBox filters = new HBox(8, title, search, outcome, chain);
    filters.setAlignment(Pos.CENTER_LEFT);

    TableView<RevocationEntry> table = new TableView<>(model.entries());
    table
        .getColumns()
        .setAll(
            List.of(
                column("#", 50, e -> Long.toString(e.sequence())),
                column("Time", 190, e -> Display.instant(e.revocation().time())),
                column("Actor", 110, e -> e.revocation().actor()),
                column("Action", 140, e -> e.revocation().action().cliName()),
                column("Target", 300, e -> e.revocation().targetId()),
                column("Outcome", 110, e -> RevocationsViewModel.outcome(e.revocation().outcome())),
                column("Result", 320, e -> RevocationsViewModel.result(e.revocation()))));
    table.setPlaceholder(new Label("No revocation attempted yet."));
    table.setId("audit-table");
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox panel = new VBox(10, filters, table, entryDetail(table));
    panel.getStyleClass().add("panel");
    return panel;
  }

  /** The selected entry whole: its preflight, the source's answer and what it saved for undo. */
  private static Node entryDetail(TableView<RevocationEntry> table) {
    TextArea detail = new TextArea();
    detail.setId("audit-entry");
    detail.setEditable(false);
    detail.setWrapText(true);
    detail.setPrefRowCount(9);
    // The table takes what is left: an entry's preflight needs its lines to be read.
    detail.setMinHeight(170);
    detail.getStyleClass().add("audit-entry");
    detail.setPromptText(
        "Select an entry to read its preflight, the source's answer, the verification and what it"
            + " saved for its undo.");
    detail
        .textProperty()
        .bind(
            table.getSelectionModel().selectedItemProperty().map(RevocationEntry::text).orElse(""));
    return detail;
  }

  private static TableColumn<RevocationEntry, String> column(
      String name, double width, Function<RevocationEntry, String> value) {
    TableColumn<RevocationEntry, String> column = new TableColumn<>(name);
    column.setPrefWidth(width);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    return column;
  }

  private static <T> StringConverter<T> names(Function<T, String> name) {
    return new StringConverter<>() {
      @Override
      public String toString(@Nullable T value) {
        return name.apply(value);
      }

      @Override
      public T fromString(String text) {
        throw new UnsupportedOperationException("choices are picked, not typed");
      }
    };
  }

  @Override
  public Node view() {
    return root;
  }

  @Override
  public void activate() {
    if (!loaded) {
      loaded = true;
      model.refresh();
    }
  }

  @Override
  public void focusSearch() {
    search.requestFocus();
  }

  @Override
  public void clearSearch() {
    model.textFilter().set("");
    model.outcomeFilter().set(null);
  }
}
