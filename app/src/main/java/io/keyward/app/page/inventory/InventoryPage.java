package io.keyward.app.page.inventory;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import io.keyward.app.page.ConsolePage;
import io.keyward.app.page.revocations.RevokeRequest;
import io.keyward.app.view.EmptyState;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The view every inventory shares: title and count line, a filter bar built from the definition's
 * filter fields, a virtualized sortable table, and optionally a detail pane beside the table while
 * a row is selected.
 */
public class InventoryPage<F, T> implements ConsolePage {
  /** How long typing must pause before the search runs, so each keystroke does not query. */
  static final Duration SEARCH_DEBOUNCE = Duration.millis(250);

  private static final PseudoClass TRUNCATED = PseudoClass.getPseudoClass("truncated");

  private final InventoryViewModel<F, T> viewModel;
  private final BorderPane root = new BorderPane();
  private final CustomTextField search = new CustomTextField();
  private final DataTable<T> table;
  private final List<Runnable> filterSync = new ArrayList<>();
  private final HBox actions = new HBox(8);
  private boolean syncing;

  /**
   * @param detail shown beside the table while a row is selected, or null for none
   */
  public InventoryPage(String title, InventoryViewModel<F, T> viewModel, @Nullable Node detail) {
    this.viewModel = viewModel;
    InventoryDefinition<F, T> definition = viewModel.definition();
    this.table = new DataTable<>(definition.columns(), viewModel::names);

    VBox top = new VBox(12, header(title), filterBar(definition));
    top.getStyleClass().add("page-header");
    root.setTop(top);
    root.setCenter(detail == null ? tableArea() : withDetail(tableArea(), detail));
    root.getStyleClass().addAll("page", "inventory-page");
    root.setId(title.toLowerCase(Locale.ROOT) + "-page");

    viewModel.filter().addListener((obs, old, filter) -> syncControls());
    viewModel.preset().addListener((obs, old, preset) -> syncControls());
    syncControls();
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
    search.selectAll();
  }

  @Override
  public void clearSearch() {
    viewModel.clearFilters();
  }

  /**
   * Lets the analyst select several rows and revoke them: a button in the header and an entry in
   * the rows' menu, both handing the selected rows' cache ids to {@code revoke}.
   */
  public void offerRevocation(Function<T, String> idOf, Consumer<RevokeRequest> revoke) {
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    ObservableList<T> chosen = table.getSelectionModel().getSelectedItems();
    Runnable request =
        () -> {
          if (!chosen.isEmpty()) {
            revoke.accept(RevokeRequest.of(chosen.stream().map(idOf).toList()));
          }
        };
    Button button = new Button();
    button.setId("revoke-selected");
    button.getStyleClass().add(Styles.DANGER);
    button
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> chosen.size() > 1 ? "Revoke " + chosen.size() + "…" : "Revoke…", chosen));
    button.disableProperty().bind(Bindings.isEmpty(chosen));
    button.setTooltip(new Tooltip("Preflight, then revoke the selected rows at their source"));
    button.setOnAction(event -> request.run());
    actions.getChildren().add(0, button);
    MenuItem item = new MenuItem("Revoke…");
    item.setOnAction(event -> request.run());
    table.addMenuItem(item);
  }

  private Node header(String title) {
    Label heading = new Label(title);
    heading.getStyleClass().add(Styles.TITLE_3);
    Label count = new Label();
    count.getStyleClass().addAll(Styles.TEXT_MUTED, "count-line");
    count.textProperty().bind(viewModel.countLine());
    count.setId("count-line");
    viewModel
        .truncated()
        .addListener((obs, old, cut) -> count.pseudoClassStateChanged(TRUNCATED, cut));
    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(18, 18);
    progress.visibleProperty().bind(viewModel.loading());
    progress.progressProperty().bind(viewModel.progress());
    Label notice = new Label();
    notice.getStyleClass().add(Styles.TEXT_MUTED);
    notice.textProperty().bind(viewModel.notice());
    Button export = new Button("Export CSV");
    export.setOnAction(event -> exportCsv());
    export.disableProperty().bind(Bindings.isEmpty(viewModel.visibleRows()));
    actions.getChildren().add(export);
    actions.setAlignment(Pos.BASELINE_RIGHT);
    HBox header = new HBox(12, heading, count, progress, new Spacer(), notice, actions);
    header.setAlignment(Pos.BASELINE_LEFT);
    return header;
  }

  private Node filterBar(InventoryDefinition<F, T> definition) {
    search.setPromptText("Search " + definition.plural() + "  (Ctrl+F)");
    search.setPrefWidth(260);
    search.setId("search");
    Label glass = new Label("⌕");
    glass.getStyleClass().add("search-glyph");
    search.setLeft(glass);
    PauseTransition debounce = new PauseTransition(SEARCH_DEBOUNCE);
    debounce.setOnFinished(event -> viewModel.search(search.getText()));
    search
        .textProperty()
        .addListener(
            (obs, old, text) -> {
              if (!syncing) {
                debounce.playFromStart();
              }
            });
    search.setOnAction(
        event -> {
          debounce.stop();
          viewModel.search(search.getText());
        });

    FlowPane bar = new FlowPane(10, 8);
    bar.setAlignment(Pos.BOTTOM_LEFT);
    bar.setRowValignment(VPos.BOTTOM);
    bar.getStyleClass().add("filter-bar");
    bar.getChildren().add(search);
    for (FilterField<F> field : definition.filters()) {
      bar.getChildren().add(control(field));
    }
    bar.getChildren().addAll(presetChip(), clearButton());
    return bar;
  }

  private Node control(FilterField<F> field) {
    if (field instanceof FilterField.Pick<F, ?> pick) {
      return pickControl(pick);
    }
    return toggleControl((FilterField.Toggle<F>) field);
  }

  private <V> Node pickControl(FilterField.Pick<F, V> pick) {
    ComboBox<FilterField.Choice<V>> combo = new ComboBox<>();
    combo.getItems().setAll(pick.choices());
    combo.setPromptText("Custom");
    combo
        .valueProperty()
        .addListener(
            (obs, old, choice) -> {
              if (!syncing && choice != null) {
                viewModel.setFilter(pick.write().apply(viewModel.filter().get(), choice.value()));
              }
            });
    filterSync.add(() -> combo.setValue(pick.current(viewModel.filter().get())));
    Label label = new Label(pick.label());
    label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    label.setLabelFor(combo);
    VBox box = new VBox(2, label, combo);
    box.setId("filter-" + idOf(pick.label()));
    return box;
  }

  private Node toggleControl(FilterField.Toggle<F> toggle) {
    // A toggle button rather than a check box: as tall as the combo boxes, so the bar lines up.
    ToggleButton button = new ToggleButton(toggle.label());
    button
        .selectedProperty()
        .addListener(
            (obs, old, on) -> {
              if (!syncing) {
                viewModel.setFilter(toggle.write().apply(viewModel.filter().get(), on));
              }
            });
    filterSync.add(() -> button.setSelected(toggle.read().test(viewModel.filter().get())));
    button.setId("filter-" + idOf(toggle.label()));
    button.getStyleClass().add("filter-toggle");
    return button;
  }

  private Node presetChip() {
    Label name = new Label();
    Button remove = new Button("✕");
    remove.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "chip-remove");
    remove.setOnAction(event -> viewModel.removePreset());
    HBox chip = new HBox(4, new Label("Preset:"), name, remove);
    chip.setAlignment(Pos.CENTER_LEFT);
    chip.getStyleClass().add("preset-chip");
    chip.setId("preset-chip");
    chip.managedProperty().bind(chip.visibleProperty());
    filterSync.add(
        () -> {
          Preset<F> preset = viewModel.preset().get();
          chip.setVisible(preset != null);
          name.setText(preset == null ? "" : preset.label());
        });
    return chip;
  }

  private Node clearButton() {
    Button clear = new Button("Clear filters");
    clear.getStyleClass().add(Styles.FLAT);
    clear.setOnAction(event -> viewModel.clearFilters());
    clear.managedProperty().bind(clear.visibleProperty());
    filterSync.add(() -> clear.setVisible(viewModel.narrowed()));
    return clear;
  }

  private void syncControls() {
    syncing = true;
    try {
      String text = viewModel.searchText();
      if (!search.getText().equals(text)) {
        search.setText(text);
      }
      filterSync.forEach(Runnable::run);
    } finally {
      syncing = false;
    }
  }

  private Node tableArea() {
    table.setItems(viewModel.visibleRows());
    table.sortInDatabase(viewModel::sortBy);
    table.showSort(viewModel.sort().get());
    viewModel.sort().addListener((obs, old, sort) -> table.showSort(sort));
    table.setId("inventory-table");
    table.setPlaceholder(placeholder());
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, row) -> viewModel.selected().set(row));
    viewModel
        .selected()
        .addListener(
            (obs, old, row) -> {
              if (row == null) {
                table.getSelectionModel().clearSelection();
              } else if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
              }
            });
    return table;
  }

  private Node placeholder() {
    Button clear = new Button("Clear filters");
    clear.setOnAction(event -> viewModel.clearFilters());
    clear.visibleProperty().bind(viewModel.countLine().isNotEmpty());
    EmptyState empty =
        new EmptyState(
            "No " + viewModel.definition().plural() + " match",
            "Nothing in the cache matches this search and these filters.",
            clear);
    Label problem = new Label();
    problem.textProperty().bind(viewModel.problem());
    problem.getStyleClass().add(Styles.DANGER);
    problem.visibleProperty().bind(viewModel.problem().isNotEmpty());
    Label loading = new Label("Loading " + viewModel.definition().plural() + "…");
    loading.getStyleClass().add(Styles.TEXT_MUTED);
    loading.visibleProperty().bind(viewModel.loading());
    empty.visibleProperty().bind(viewModel.loading().not().and(viewModel.problem().isEmpty()));
    return new StackPane(empty, problem, loading);
  }

  private Node withDetail(Node tableNode, Node detail) {
    SplitPane split = new SplitPane(tableNode);
    split.setOrientation(Orientation.HORIZONTAL);
    viewModel
        .selected()
        .addListener(
            (obs, old, row) -> {
              boolean shown = split.getItems().contains(detail);
              if (row != null && !shown) {
                split.getItems().add(detail);
                split.setDividerPositions(0.64);
              } else if (row == null && shown) {
                split.getItems().remove(detail);
              }
            });
    return split;
  }

  private void exportCsv() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export " + viewModel.definition().plural());
    chooser.setInitialFileName(idOf(viewModel.definition().plural()) + ".csv");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
    File file = chooser.showSaveDialog(root.getScene().getWindow());
    if (file != null) {
      viewModel.exportCsv(file.toPath());
    }
  }

  private static String idOf(String label) {
    return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
