package io.keyward.app.page.lineage;

import atlantafx.base.theme.Styles;
import io.keyward.app.page.ConsolePage;
import io.keyward.app.page.inventory.Column;
import io.keyward.app.page.inventory.DataTable;
import io.keyward.app.page.inventory.Names;
import io.keyward.app.page.lineage.LineageViewModel.Focus;
import io.keyward.app.view.EmptyState;
import io.keyward.model.domain.Resource;
import io.keyward.model.lineage.RunActor;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Model versions and run identities on the left; on the right, for a version, the line from the
 * version back through its run to the datasets, the producing runs with their identities, and who
 * could have altered it with the delegation chain that lets them; for an identity, its runs and
 * what they read and wrote.
 */
public final class LineagePage implements ConsolePage {
  private static final double ROW = 30;

  /** Room for a sideways scroll bar under the last row, so it never hides that row. */
  private static final double SCROLLBAR = 34;

  private final LineageViewModel viewModel;
  private final VBox root;
  private final TextField search = new TextField();

  public LineagePage(LineageViewModel viewModel) {
    this.viewModel = viewModel;

    Label heading = new Label("Lineage");
    heading.getStyleClass().add(Styles.TITLE_3);
    Label summary = new Label();
    summary.getStyleClass().add(Styles.TEXT_MUTED);
    summary.textProperty().bind(viewModel.summary());
    HBox header = new HBox(16, heading, summary);
    header.setAlignment(Pos.BASELINE_LEFT);
    header.getStyleClass().add("page-header");

    Label failure = new Label();
    failure.getStyleClass().add(Styles.DANGER);
    failure.textProperty().bind(viewModel.failure());
    failure.managedProperty().bind(failure.visibleProperty());
    failure.visibleProperty().bind(viewModel.failure().isNotEmpty());

    HBox body = new HBox(16, picker(), detail());
    VBox.setVgrow(body, Priority.ALWAYS);
    root = new VBox(header, failure, body);
    root.getStyleClass().addAll("page", "lineage-page");
    root.setId("lineage-page");
  }

  private VBox picker() {
    search.setPromptText("Filter models and identities");
    search.textProperty().bindBidirectional(viewModel.search());
    ListView<Resource> versions =
        list(viewModel.versions(), Resource::name, viewModel::selectVersion);
    versions.setId("lineage-versions");
    viewModel
        .selectedVersion()
        .addListener((obs, old, now) -> versions.getSelectionModel().select(now));
    ListView<RunActor> actors =
        list(
            viewModel.actors(),
            a -> a.matched() ? a.name() : a.name() + "  (not found)",
            viewModel::selectActor);
    actors.setId("lineage-actors");
    viewModel
        .selectedVersion()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                actors.getSelectionModel().clearSelection();
              }
            });
    TabPane tabs =
        new TabPane(new Tab("Model versions", versions), new Tab("Run identities", actors));
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    VBox.setVgrow(tabs, Priority.ALWAYS);
    VBox picker = new VBox(8, search, tabs);
    picker.setMinWidth(280);
    picker.setPrefWidth(300);
    picker.setMaxWidth(300);
    return picker;
  }

  private static <T> ListView<T> list(
      ObservableList<T> items, Function<T, String> text, Consumer<T> selected) {
    ListView<T> list = new ListView<>(items);
    list.setCellFactory(
        view ->
            new ListCell<>() {
              @Override
              protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
              }
            });
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                selected.accept(now);
              }
            });
    list.getStyleClass().add(Styles.DENSE);
    return list;
  }

  private StackPane detail() {
    Label title = new Label();
    title.getStyleClass().add(Styles.TITLE_4);
    title.textProperty().bind(viewModel.title());
    Label subtitle = new Label();
    subtitle.getStyleClass().add(Styles.TEXT_MUTED);
    subtitle.textProperty().bind(viewModel.subtitle());

    Label chain = new Label();
    chain.setId("lineage-chain");
    chain.setWrapText(true);
    chain.getStyleClass().add("note");
    chain.textProperty().bind(viewModel.chainLine());
    showWhen(chain, viewModel.focus().isEqualTo(Focus.VERSION));

    Label runsTitle = section("");
    runsTitle
        .textProperty()
        .bind(
            Bindings.when(viewModel.focus().isEqualTo(Focus.VERSION))
                .then("Produced by")
                .otherwise("Runs"));
    DataTable<RunRow> runs = runsTable();
    runs.setItems(viewModel.runs());
    fitRows(runs, viewModel.runs(), 6);

    VBox touched = new VBox(4);
    viewModel
        .touched()
        .addListener(
            (ListChangeListener<String>)
                change ->
                    touched
                        .getChildren()
                        .setAll(viewModel.touched().stream().map(this::line).toList()));
    showWhen(touched, viewModel.focus().isEqualTo(Focus.ACTOR));

    Label alterTitle = section("Who could have altered it");
    Label alterHint = new Label();
    alterHint
        .textProperty()
        .bind(
            viewModel
                .alterSummary()
                .concat(
                    ". Whoever ran a producing run or can write an input dataset, the model or its"
                        + " registry, and everyone who can act through them along delegations."));
    alterHint.setWrapText(true);
    alterHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    Label alterFailure = new Label();
    alterFailure.getStyleClass().add(Styles.DANGER);
    alterFailure.textProperty().bind(viewModel.detailFailure());
    showWhen(alterFailure, viewModel.detailFailure().isNotEmpty());
    DataTable<AltererRow> alterers = alterersTable();
    alterers.setItems(viewModel.alterers());
    alterers.setId("lineage-alterers");
    VBox.setVgrow(alterers, Priority.ALWAYS);
    VBox alter = new VBox(6, alterTitle, alterHint, alterFailure, alterers);
    VBox.setVgrow(alter, Priority.ALWAYS);
    showWhen(alter, viewModel.focus().isEqualTo(Focus.VERSION));

    VBox detail =
        new VBox(10, new VBox(2, title, subtitle), chain, runsTitle, runs, touched, alter);
    detail.setId("lineage-detail");
    showWhen(detail, viewModel.focus().isNotEqualTo(Focus.NONE));

    EmptyState empty =
        new EmptyState(
            "No lineage yet",
            "Connect an MLflow server or import OpenLineage events (keyward import --source"
                + " openlineage FILE) to see which identity's runs produced each model version.");
    showWhen(empty, viewModel.focus().isEqualTo(Focus.NONE));

    StackPane pane = new StackPane(detail, empty);
    pane.setAlignment(Pos.TOP_LEFT);
    HBox.setHgrow(pane, Priority.ALWAYS);
    return pane;
  }

  private static DataTable<RunRow> runsTable() {
    return new DataTable<>(
        List.of(
            Column.of("Started", 165, RunRow::started),
            Column.of("Job", 170, RunRow::job),
            Column.of("State", 95, RunRow::state).toned(RunRow::stateTone),
            Column.<RunRow>of("Identity", 150, RunRow::actor).toned(RunRow::actorTone),
            Column.of("Read", 220, RunRow::read),
            Column.of("Wrote", 150, RunRow::wrote),
            Column.of("Source", 170, RunRow::source)),
        () -> Names.NONE);
  }

  private static DataTable<AltererRow> alterersTable() {
    return new DataTable<>(
        List.of(
            Column.of("Identity", 170, AltererRow::identity),
            Column.of("Through", 400, AltererRow::chain),
            Column.of("How", 170, AltererRow::how),
            Column.of("Access", 330, AltererRow::access)),
        () -> Names.NONE);
  }

  /** Sizes a table to its rows, up to {@code most}, so a short list leaves room below it. */
  private static void fitRows(DataTable<?> table, ObservableList<?> rows, int most) {
    table
        .prefHeightProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> ROW * (Math.max(1, Math.min(most, rows.size())) + 1) + SCROLLBAR, rows));
    table.minHeightProperty().bind(table.prefHeightProperty());
  }

  private Label section(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("section-title");
    return label;
  }

  private Node line(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    return label;
  }

  private static void showWhen(Node node, ObservableBooleanValue condition) {
    node.managedProperty().bind(node.visibleProperty());
    node.visibleProperty().bind(condition);
  }

  @Override
  public Node view() {
    return root;
  }

  @Override
  public void activate() {
    viewModel.activate();
  }

  @Override
  public void focusSearch() {
    search.requestFocus();
  }

  @Override
  public void clearSearch() {
    search.clear();
  }
}
