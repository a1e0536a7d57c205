package io.keyward.app.page.sources;

import atlantafx.base.theme.Styles;
import io.keyward.app.format.Tone;
import io.keyward.app.page.ConsolePage;
import io.keyward.app.page.inventory.DataTable;
import io.keyward.app.page.inventory.Names;
import io.keyward.app.view.EmptyState;
import io.keyward.app.view.Labels;
import io.keyward.model.domain.SyncRun;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Where the estate comes from: add, edit, test, sync and remove sources; watch a sync run and
 * cancel it; read each run's outcome, errors included.
 */
public final class SourcesPage implements ConsolePage {
  private final SourcesViewModel viewModel;
  static final String READ_ONLY =
      "Read-only snapshot: sources cannot be added, edited, tested, synced or removed.";

  private final VBox root;

  public SourcesPage(SourcesViewModel viewModel) {
    this.viewModel = viewModel;
    Label title = new Label("Sources");
    title.getStyleClass().add(Styles.TITLE_3);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    Button add = button("Add source", "source-add", viewModel::add);
    add.getStyleClass().add(Styles.ACCENT);
    add.setDisable(viewModel.readOnly());
    HBox header = new HBox(12, title, grow, add);
    explainReadOnly(header);
    header.setAlignment(Pos.CENTER_LEFT);

    Label failure = new Label();
    failure.getStyleClass().add(Styles.DANGER);
    failure.textProperty().bind(viewModel.failure());
    failure.managedProperty().bind(failure.visibleProperty());
    failure.visibleProperty().bind(viewModel.failure().isNotEmpty());

    DataTable<SourceRow> sources = new DataTable<>(viewModel.sourceColumns(), () -> Names.NONE);
    sources.setItems(viewModel.sources());
    sources.setId("sources-table");
    sources.setPlaceholder(
        new EmptyState(
            "No sources", "Add a source to sync it, or import a file with 'keyward import'."));
    sources
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((observable, before, row) -> viewModel.selected().set(row));
    viewModel
        .selected()
        .addListener(
            (observable, before, row) -> {
              if (row != sources.getSelectionModel().getSelectedItem()) {
                sources.getSelectionModel().select(row);
              }
            });
    // Sources are few: size their table to its rows and give the history the rest.
    sources.setFixedCellSize(38);
    sources
        .prefHeightProperty()
        .bind(
            Bindings.size(viewModel.sources())
                .multiply(38)
                .add(44)
                .map(h -> Math.max(h.doubleValue(), 150)));

    StackPane editorSlot = new StackPane();
    editorSlot.managedProperty().bind(viewModel.editor().isNotNull());
    editorSlot.visibleProperty().bind(viewModel.editor().isNotNull());
    viewModel
        .editor()
        .addListener(
            (observable, before, form) ->
                editorSlot
                    .getChildren()
                    .setAll(
                        form == null
                            ? java.util.List.of()
                            : java.util.List.of(
                                SourceEditorView.of(
                                    form, viewModel::saveEditor, viewModel::closeEditor))));

    DataTable<SyncRun> runs = new DataTable<>(viewModel.runColumns(), () -> Names.NONE);
    runs.setItems(viewModel.runs());
    runs.setId("sync-runs-table");
    runs.setPlaceholder(new EmptyState("No sync runs", "No source has been synced yet."));
    runs.getSelectionModel()
        .selectedItemProperty()
        .addListener((observable, before, run) -> viewModel.selectedRun().set(run));
    TextArea detail = new TextArea();
    detail.setEditable(false);
    detail.setWrapText(true);
    detail.setPrefWidth(380);
    detail.setMinWidth(320);
    detail.setId("sync-run-detail");
    detail.setPromptText("Select a run to read its outcome and error.");
    detail.textProperty().bind(viewModel.runDetail());
    HBox history = new HBox(12, runs, detail);
    HBox.setHgrow(runs, Priority.ALWAYS);
    VBox.setVgrow(history, Priority.ALWAYS);

    // While the form is open it takes the tables' place: one task at a time, nothing squeezed.
    VBox tables =
        new VBox(
            12,
            Labels.sectionTitle("Sources"),
            sources,
            Labels.sectionTitle("Sync history"),
            history);
    tables.visibleProperty().bind(viewModel.editor().isNull());
    tables.managedProperty().bind(tables.visibleProperty());
    VBox.setVgrow(tables, Priority.ALWAYS);

    root = new VBox(12, header, failure, actions(), activity(), status(), editorSlot, tables);
    root.getStyleClass().add("page");
    root.setId("sources-page");
  }

  private HBox actions() {
    Button edit = button("Edit", "source-edit", viewModel::editSelected);
    Button test = button("Test connection", "source-test", viewModel::testSelected);
    Button sync = button("Sync now", "source-sync", viewModel::syncSelected);
    Button remove = button("Remove", "source-remove", viewModel::removeSelected);
    remove.getStyleClass().add(Styles.DANGER);
    BooleanProperty readOnly = new SimpleBooleanProperty(viewModel.readOnly());
    for (Button needsProfile : new Button[] {edit, test, sync}) {
      needsProfile.disableProperty().bind(viewModel.canAct().not().or(readOnly));
    }
    remove.disableProperty().bind(viewModel.selected().isNull().or(viewModel.busy()).or(readOnly));
    Label hint =
        new Label(
            viewModel.readOnly() ? READ_ONLY : "Select a source to edit, test, sync or remove it.");
    hint.setId("source-hint");
    hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    HBox actions = new HBox(8, edit, test, sync, remove, hint);
    actions.setAlignment(Pos.CENTER_LEFT);
    explainReadOnly(actions);
    return actions;
  }

  /** Disabled buttons show no tooltip of their own, so their row carries the reason. */
  private void explainReadOnly(Node row) {
    if (viewModel.readOnly()) {
      Tooltip.install(row, new Tooltip(READ_ONLY));
    }
  }

  private HBox activity() {
    ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    bar.setPrefWidth(160);
    Label what = new Label();
    what.textProperty().bind(viewModel.activity());
    what.setId("source-activity");
    Button cancel = button("Cancel", "source-cancel", viewModel::cancel);
    HBox activity = new HBox(12, bar, what, cancel);
    activity.setAlignment(Pos.CENTER_LEFT);
    activity.visibleProperty().bind(viewModel.busy());
    activity.managedProperty().bind(viewModel.busy());
    return activity;
  }

  private Label status() {
    Label status = new Label();
    status.setWrapText(true);
    status.setId("source-status");
    status.textProperty().bind(viewModel.status());
    status.visibleProperty().bind(viewModel.status().isNotEmpty());
    status.managedProperty().bind(status.visibleProperty());
    viewModel
        .statusTone()
        .addListener(
            (observable, before, tone) -> {
              status.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
              status.getStyleClass().add(tone == Tone.DANGER ? Styles.DANGER : Styles.SUCCESS);
            });
    return status;
  }

  private static Button button(String text, String id, Runnable action) {
    Button button = new Button(text);
    button.setId(id);
    button.setOnAction(event -> action.run());
    return button;
  }

  @Override
  public Node view() {
    return root;
  }

  @Override
  public void activate() {
    viewModel.activate();
  }
}
