package io.keyward.app.page.revocations;

import atlantafx.base.theme.Styles;
import io.keyward.app.format.Display;
import io.keyward.app.page.ConsolePage;
import io.keyward.app.page.sources.SourceAdmin;
import io.keyward.app.task.BackgroundTasks;
import io.keyward.connectors.revoke.Preflight;
import io.keyward.connectors.revoke.Revocations;
import io.keyward.model.cache.RevocationEntry;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Revoke (target, action, preflight, dry-run or confirmed execution) above the audit log of every
 * attempt with its filters and the chain check.
 */
public final class RevocationsPage implements ConsolePage {
  private final RevocationsViewModel model;
  private final VBox root;
  private final TextField search = new TextField();
  private boolean loaded;

  /** The page on the console's cache, with its saved profiles and credential sources. */
  public static RevocationsPage of(SourceAdmin admin, BackgroundTasks tasks) {
    Revocations revocations =
        new Revocations(
            admin.cache(),
            admin.connectors(),
            admin.profiles()::find,
            admin.environment(),
            Revocations.actorOf(admin.environment()),
            Clock.systemUTC());
    return new RevocationsPage(
        new RevocationsViewModel(revocations, admin.cache().revocationLog(), tasks));
  }

  public RevocationsPage(RevocationsViewModel model) {
    this.model = model;
    Label heading = new Label("Revocations");
    heading.getStyleClass().add(Styles.TITLE_3);
    root = new VBox(16, heading, revokePanel(), auditPanel());
    root.getStyleClass().add("page");
    root.setId("revocations-page");
    VBox.setVgrow(root.getChildren().get(2), Priority.ALWAYS);
  }

  private Node revokePanel() {
    TextField target = new TextField();
    target.setPromptText("Target: cache id, external id, or identity name or email");
    target.textProperty().bindBidirectional(model.target());
    HBox.setHgrow(target, Priority.ALWAYS);
    ChoiceBox<RevocationAction> action = new ChoiceBox<>();
    action.getItems().setAll(RevocationAction.values());
    action.setConverter(names(RevocationAction::cliName));
    action.valueProperty().bindBidirectional(model.action());
    Button preflight = new Button("Preflight");
    preflight.setOnAction(e -> model.runPreflight());
    preflight.disableProperty().bind(model.busy().or(model.target().isEmpty()));
    HBox ask = new HBox(8, target, action, preflight);
    ask.setAlignment(Pos.CENTER_LEFT);

    Label plan = new Label();
    plan.setWrapText(true);
    plan.textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () -> model.preflight().get() == null ? "" : model.preflight().get().text(),
                model.preflight()));
    plan.managedProperty().bind(model.preflight().isNotNull());

    TextField confirm = new TextField();
    confirm.textProperty().bindBidirectional(model.confirmation());
    confirm
        .promptTextProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () -> {
                  Preflight p = model.preflight().get();
                  return p == null ? "" : "Cannot be undone: type " + p.target().id();
                },
                model.preflight()));
    confirm
        .visibleProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.preflight().get() != null && model.preflight().get().destructive(),
                model.preflight()));
    confirm.managedProperty().bind(confirm.visibleProperty());
    HBox.setHgrow(confirm, Priority.ALWAYS);
    Button dry = new Button("Dry run");
    dry.setOnAction(e -> model.dryRun());
    dry.disableProperty().bind(model.preflight().isNull().or(model.busy()));
    Button execute = new Button("Revoke");
    execute.getStyleClass().add(Styles.DANGER);
    execute.setOnAction(e -> model.execute());
    execute.disableProperty().bind(model.canExecute().not());
    HBox act = new HBox(8, confirm, dry, execute);
    act.setAlignment(Pos.CENTER_LEFT);
    act.visibleProperty().bind(model.preflight().isNotNull());
    act.managedProperty().bind(act.visibleProperty());

    Label message = new Label();
    message.setWrapText(true);
    message.textProperty().bind(model.message());
    message.getStyleClass().add(Styles.TEXT_MUTED);
    message.managedProperty().bind(model.message().isNotEmpty());

    VBox panel = new VBox(10, ask, plan, act, message);
    panel.getStyleClass().add("panel");
    return panel;
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
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox panel = new VBox(10, filters, table);
    panel.getStyleClass().add("panel");
    return panel;
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
      public String toString(T value) {
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
