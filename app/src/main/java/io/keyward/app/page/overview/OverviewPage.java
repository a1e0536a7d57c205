package io.keyward.app.page.overview;

import atlantafx.base.theme.Styles;
import io.keyward.app.format.Display;
import io.keyward.app.page.ConsolePage;
import io.keyward.app.view.Labels;
import io.keyward.model.cache.EstateStats;
import io.keyward.model.cache.Problem;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/** Counts of the estate and the four problems to look at first, each a click from its list. */
public final class OverviewPage implements ConsolePage {
  private static final double CARD_HEIGHT = 170;
  private static final double DESCRIPTION_HEIGHT = 50;

  /** The card's padding and border, top and bottom together (see problem-card in console.css). */
  private static final double CARD_PADDING = 54;

  private final OverviewViewModel viewModel;
  private final Function<Problem, String> destination;
  private final ScrollPane root;
  private final HBox totals = new HBox(12);
  private final GridPane problems = new GridPane();
  private final GridPane byKind = breakdownGrid();
  private final GridPane bySource = breakdownGrid();

  /**
   * @param destination the name of the page each problem opens, for the card's link text
   */
  public OverviewPage(OverviewViewModel viewModel, Function<Problem, String> destination) {
    this.viewModel = viewModel;
    this.destination = destination;

    Label title = new Label("Overview");
    title.getStyleClass().add(Styles.TITLE_3);
    Label failure = new Label();
    failure.getStyleClass().add(Styles.DANGER);
    failure.textProperty().bind(viewModel.failure());
    failure.managedProperty().bind(failure.visibleProperty());
    failure.visibleProperty().bind(viewModel.failure().isNotEmpty());

    problems.setHgap(12);
    problems.setVgap(12);
    for (int i = 0; i < Problem.values().length; i++) {
      ColumnConstraints column = new ColumnConstraints();
      column.setPercentWidth(100.0 / Problem.values().length);
      problems.getColumnConstraints().add(column);
    }

    HBox breakdowns =
        new HBox(12, panel("Identities by kind", byKind), panel("Identities by source", bySource));
    breakdowns.getChildren().forEach(panel -> HBox.setHgrow(panel, Priority.ALWAYS));

    Label empty =
        new Label(
            "This cache holds nothing yet. `keyward demo` fills it with a synthetic estate to"
                + " explore; connecting real sources comes with a later release.");
    empty.setWrapText(true);
    empty.getStyleClass().add("note");
    empty.managedProperty().bind(empty.visibleProperty());
    empty
        .visibleProperty()
        .bind(viewModel.stats().map(stats -> stats.sources() == 0).orElse(false));

    VBox content =
        new VBox(
            16,
            title,
            failure,
            empty,
            totals,
            Labels.sectionTitle("Needs attention"),
            problems,
            Labels.sectionTitle("Estate"),
            breakdowns);
    content.getStyleClass().addAll("page", "overview-page");
    root = new ScrollPane(content);
    root.setFitToWidth(true);
    root.setId("overview-page");

    viewModel.stats().addListener((obs, old, stats) -> renderTotals(stats));
    viewModel.problems().addListener((ListChangeListener<ProblemRow>) change -> renderProblems());
    viewModel
        .byKind()
        .addListener((ListChangeListener<CountRow>) change -> render(byKind, viewModel.byKind()));
    viewModel
        .bySource()
        .addListener(
            (ListChangeListener<CountRow>) change -> render(bySource, viewModel.bySource()));
  }

  @Override
  public Node view() {
    return root;
  }

  @Override
  public void activate() {
    viewModel.activate();
  }

  private void renderTotals(@Nullable EstateStats stats) {
    totals.getChildren().clear();
    if (stats == null) {
      return;
    }
    List<Node> tiles =
        List.of(
            tile("Identities", stats.identities()),
            tile("Credentials", stats.credentials()),
            tile("Grants", stats.grants()),
            tile("Delegations", stats.delegations()),
            tile("Alerts", stats.alerts()),
            tile("Sources", stats.sources()));
    tiles.forEach(tile -> HBox.setHgrow(tile, Priority.ALWAYS));
    totals.getChildren().setAll(tiles);
  }

  private static Node tile(String label, long value) {
    Label number = new Label(Display.count(value));
    number.getStyleClass().addAll(Styles.TITLE_2, "tile-number");
    Label caption = new Label(label);
    caption.getStyleClass().add(Styles.TEXT_MUTED);
    VBox tile = new VBox(2, number, caption);
    tile.getStyleClass().add("stat-tile");
    // Equal preferred widths, so the row of tiles divides the page evenly.
    tile.setPrefWidth(100);
    tile.setMaxWidth(Double.MAX_VALUE);
    return tile;
  }

  private void renderProblems() {
    problems.getChildren().clear();
    int column = 0;
    for (ProblemRow row : viewModel.problems()) {
      problems.add(problemCard(row), column++, 0);
    }
  }

  private Node problemCard(ProblemRow row) {
    Label title = new Label(row.problem().title());
    title.getStyleClass().add(Styles.TEXT_BOLD);
    Label count = new Label(Display.count(row.count()));
    count
        .getStyleClass()
        .addAll(Styles.TITLE_1, row.count() > 0 ? "problem-count-bad" : "problem-count-ok");
    Label description = new Label(row.problem().description());
    description.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    description.setWrapText(true);
    // Room for three lines: a wrapped label inside a button graphic is otherwise measured as one.
    description.setMinHeight(DESCRIPTION_HEIGHT);
    description.setPrefHeight(DESCRIPTION_HEIGHT);
    description.setAlignment(Pos.TOP_LEFT);
    Label link = new Label("Show in " + destination.apply(row.problem()) + "  →");
    link.getStyleClass().add("problem-link");
    Region push = new Region();
    VBox.setVgrow(push, Priority.ALWAYS);
    VBox body = new VBox(6, title, count, description, push, link);
    body.setPrefHeight(CARD_HEIGHT - CARD_PADDING);
    Button card = new Button();
    card.setGraphic(body);
    card.setMaxWidth(Double.MAX_VALUE);
    // A fixed height: wrapped descriptions would otherwise make cards of different heights.
    card.setMinHeight(CARD_HEIGHT);
    card.setPrefHeight(CARD_HEIGHT);
    card.setAlignment(Pos.TOP_LEFT);
    card.getStyleClass().add("problem-card");
    card.setId("problem-" + row.problem().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    card.setOnAction(event -> viewModel.open(row.problem()));
    return card;
  }

  private static GridPane breakdownGrid() {
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(8);
    ColumnConstraints label = new ColumnConstraints(150, 250, 320);
    ColumnConstraints bar = new ColumnConstraints(80, 200, Double.MAX_VALUE);
    bar.setHgrow(Priority.ALWAYS);
    ColumnConstraints count = new ColumnConstraints(70);
    count.setHalignment(HPos.RIGHT);
    grid.getColumnConstraints().addAll(label, bar, count);
    return grid;
  }

  private static void render(GridPane grid, List<CountRow> rows) {
    grid.getChildren().clear();
    long max = rows.stream().mapToLong(CountRow::count).max().orElse(0);
    int index = 0;
    for (CountRow row : rows) {
      Label label = new Label(row.label());
      Node name = label;
      if (!row.detail().isEmpty()) {
        Label detail = new Label(row.detail());
        detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        name = new VBox(0, label, detail);
      }
      ProgressBar bar = new ProgressBar(max == 0 ? 0 : (double) row.count() / max);
      bar.setMaxWidth(Double.MAX_VALUE);
      bar.getStyleClass().add(Styles.SMALL);
      Label count = new Label(Display.count(row.count()));
      count.getStyleClass().add(Styles.TEXT_BOLD);
      grid.addRow(index++, name, bar, count);
    }
    if (rows.isEmpty()) {
      Label none = new Label("Nothing synced yet");
      none.getStyleClass().add(Styles.TEXT_MUTED);
      grid.add(none, 0, 0, 3, 1);
    }
  }

  private static Node panel(String title, GridPane grid) {
    VBox panel = new VBox(12, Labels.sectionTitle(title), grid);
    panel.getStyleClass().add("panel");
    return panel;
  }
}
