package io.keyward.app.page.graph;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import io.keyward.app.format.Display;
import io.keyward.app.format.Tone;
import io.keyward.app.page.ConsolePage;
import io.keyward.app.view.Badge;
import io.keyward.app.view.Labels;
import io.keyward.model.graph.DelegationChain;
import io.keyward.model.graph.GraphNode;
import io.keyward.model.risk.RiskFactor;
import io.keyward.model.risk.RiskScore;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.jspecify.annotations.Nullable;

/**
 * The delegation graph: a toolbar (show an identity, find a path, fit, zoom, export), the canvas
 * with its legend, and a side panel with the selected principal's risk and the chains through the
 * focus, each chain a click from being brought forward.
 */
public final class GraphPage implements ConsolePage {
  private final GraphViewModel viewModel;
  private final BorderPane root = new BorderPane();
  private final StackPane area = new StackPane();
  private final GraphPalette palette;
  private final GraphCanvas canvas;
  private final GraphExport export;
  private final TextField identity = new TextField();
  private final TextField pathFrom = new TextField();
  private final TextField pathTo = new TextField();
  private final VBox side = new VBox(16);
  private boolean fitNext = true;

  public GraphPage(GraphViewModel viewModel) {
    this.viewModel = viewModel;
    palette = new GraphPalette(area);
    canvas = new GraphCanvas(palette);
    export = new GraphExport(palette);
    canvas.onSelect(viewModel::select);
    canvas.onToggle(viewModel::toggle);

    GraphLegend legend = new GraphLegend(palette);
    legend.setMaxHeight(Region.USE_PREF_SIZE);
    StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
    StackPane.setMargin(legend, new Insets(10));
    ProgressIndicator busy = new ProgressIndicator();
    busy.setMaxSize(36, 36);
    busy.visibleProperty().bind(viewModel.busy());
    StackPane.setAlignment(busy, Pos.TOP_RIGHT);
    StackPane.setMargin(busy, new Insets(10));
    area.getChildren().addAll(canvas, legend, busy);
    area.getStyleClass().add("graph-area");

    root.setTop(toolbar());
    root.setCenter(area);
    ScrollPane scroll = new ScrollPane(side);
    scroll.setFitToWidth(true);
    scroll.setPrefWidth(360);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    side.getStyleClass().add("detail-content");
    side.setId("graph-side");
    root.setRight(scroll);
    root.setBottom(statusBar());
    root.getStyleClass().add("graph-page");
    root.setId("graph-page");

    viewModel
        .drawing()
        .addListener(
            (obs, old, drawing) -> {
              canvas.show(drawing, fitNext);
              fitNext = false;
            });
    viewModel.highlight().addListener((obs, old, highlight) -> canvas.highlight(highlight));
    viewModel.focus().addListener((obs, old, focus) -> fitNext = true);
    viewModel.selected().addListener((obs, old, node) -> renderSide());
    viewModel.risk().addListener((obs, old, risk) -> renderSide());
    viewModel.focusedChain().addListener((obs, old, chain) -> renderSide());
    viewModel
        .chains()
        .addListener((javafx.collections.ListChangeListener<DelegationChain>) c -> renderSide());
    renderSide();
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
    identity.requestFocus();
  }

  /** Opens the graph on one identity, e.g. from its detail pane. */
  public void open(String identityId) {
    identity.setText(identityId);
    viewModel.show(identityId);
  }

  private Node toolbar() {
    identity.setPromptText("Identity, credential or alert");
    identity.setPrefColumnCount(18);
    identity.setId("graph-identity");
    identity.setOnAction(e -> showTyped());
    Button show = new Button("Show");
    show.setOnAction(e -> showTyped());
    pathFrom.setPromptText("Path from");
    pathFrom.setPrefColumnCount(11);
    pathFrom.setId("graph-path-from");
    pathTo.setPromptText("to");
    pathTo.setPrefColumnCount(11);
    pathTo.setId("graph-path-to");
    Button find = new Button("Find path");
    find.setId("graph-find-path");
    find.setOnAction(e -> viewModel.findPath(pathFrom.getText(), pathTo.getText()));
    pathTo.setOnAction(e -> find.fire());
    Button fit = flat("Fit", "Fit the graph into view");
    fit.setOnAction(e -> canvas.fit());
    Button zoomIn = flat("+", "Zoom in");
    zoomIn.setOnAction(e -> canvas.zoom(1.25));
    Button zoomOut = flat("−", "Zoom out");
    zoomOut.setOnAction(e -> canvas.zoom(1 / 1.25));
    Button png = flat("PNG…", "Export the whole graph as a PNG image");
    png.setOnAction(e -> exportTo("png"));
    Button svg = flat("SVG…", "Export the whole graph as SVG");
    svg.setOnAction(e -> exportTo("svg"));
    HBox bar =
        new HBox(
            8,
            identity,
            show,
            new Separator(javafx.geometry.Orientation.VERTICAL),
            pathFrom,
            pathTo,
            find,
            new Spacer(),
            zoomOut,
            zoomIn,
            fit,
            png,
            svg);
    bar.getChildren().stream()
        .filter(Button.class::isInstance)
        .forEach(b -> ((Button) b).setMinWidth(Region.USE_PREF_SIZE));
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("graph-toolbar");
    bar.setPadding(new Insets(10, 12, 10, 12));
    return bar;
  }

  private static Button flat(String text, String tip) {
    Button button = new Button(text);
    button.getStyleClass().add(Styles.FLAT);
    button.setTooltip(new javafx.scene.control.Tooltip(tip));
    return button;
  }

  private void showTyped() {
    if (!identity.getText().isBlank()) {
      viewModel.show(identity.getText());
    }
  }

  private Node statusBar() {
    Label status = new Label();
    status.textProperty().bind(viewModel.status());
    status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    status.setId("graph-status");
    Label problem = new Label();
    problem.textProperty().bind(viewModel.problem());
    problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
    problem.setId("graph-problem");
    Label hint =
        new Label(
            "Drag to pan · wheel to zoom · click to select · double-click to expand or collapse");
    hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    HBox bar = new HBox(16, status, problem, new Spacer(), hint);
    bar.setPadding(new Insets(6, 12, 6, 12));
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  private void renderSide() {
    side.getChildren().setAll(selection(), chainList());
  }

  private Node selection() {
    GraphNode node = viewModel.selected().get();
    if (node == null) {
      return Labels.muted("Select a principal to see its risk.");
    }
    Label name = new Label(node.name());
    name.getStyleClass().add(Styles.TITLE_4);
    name.setWrapText(true);
    name.setId("graph-selected-name");
    Label id = Labels.muted(node.id());
    id.getStyleClass().add(Styles.TEXT_SMALL);
    Badge kind =
        new Badge(
            node.kind() == null ? "Not in the cache" : Display.words(node.kind()), Tone.ACCENT);
    Button expand = new Button(viewModel.expanded(node.id()) ? "Collapse" : "Expand neighbours");
    expand.setOnAction(
        e -> {
          viewModel.toggle(node.id());
          renderSide();
        });
    Button centre = new Button("Focus here");
    centre.setOnAction(e -> viewModel.show(node.id()));
    HBox actions = new HBox(8, expand, centre);
    VBox box = new VBox(8, name, new HBox(8, kind), id, actions, risk(viewModel.risk().get()));
    return box;
  }

  private Node risk(@Nullable RiskScore score) {
    if (score == null) {
      return Labels.muted(
          viewModel.selected().get() != null && viewModel.selected().get().external()
              ? ""
              : "Scoring…");
    }
    Label title = new Label("Risk " + score.score() + " / 100");
    title.getStyleClass().add("section-title");
    title.setId("graph-risk");
    VBox box = new VBox(6, title);
    if (score.factors().isEmpty()) {
      box.getChildren().add(Labels.muted("No risk factor applies."));
    }
    for (RiskFactor factor : score.factors()) {
      Label head = new Label("+" + factor.points() + "  " + factor.kind().label());
      head.getStyleClass().add(Styles.TEXT_BOLD);
      Label reason = Labels.muted(factor.reason());
      reason.getStyleClass().add(Styles.TEXT_SMALL);
      box.getChildren().add(new VBox(2, head, reason));
    }
    return box;
  }

  private Node chainList() {
    GraphNode focus = viewModel.focus().get();
    Label title =
        new Label(
            (focus == null ? "Chains" : "Chains through " + focus.name())
                + "  "
                + viewModel.chains().size());
    title.getStyleClass().add("section-title");
    VBox box = new VBox(6, title);
    if (viewModel.focusedChain().get() != null) {
      Button all = new Button("Show all chains");
      all.getStyleClass().add(Styles.FLAT);
      all.setOnAction(e -> viewModel.focusChain(null));
      box.getChildren().add(all);
    }
    if (viewModel.chains().isEmpty()) {
      box.getChildren().add(Labels.muted("No delegation runs through it."));
    }
    for (DelegationChain chain : viewModel.chains()) {
      box.getChildren().add(chainItem(chain));
    }
    return box;
  }

  private Node chainItem(DelegationChain chain) {
    String names =
        chain.principals().stream().map(viewModel::nameOf).collect(Collectors.joining(" → "));
    Label text = new Label(names);
    text.setWrapText(true);
    VBox item = new VBox(4, text);
    if (chain.escalates()) {
      Badge widens =
          new Badge(
              "Widens scope at hop "
                  + chain.escalations().stream()
                      .map(e -> String.valueOf(e.hop()))
                      .collect(Collectors.joining(", ")),
              Tone.DANGER);
      item.getChildren().add(0, widens);
    }
    item.getStyleClass().add("detail-item");
    if (chain.equals(viewModel.focusedChain().get())) {
      item.getStyleClass().add("selected-chain");
    }
    item.setOnMouseClicked(e -> viewModel.focusChain(chain));
    item.setCursor(javafx.scene.Cursor.HAND);
    return item;
  }

  private void exportTo(String format) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export the graph as " + format.toUpperCase(java.util.Locale.ROOT));
    chooser.setInitialFileName("keyward-graph." + format);
    File file = chooser.showSaveDialog(root.getScene().getWindow());
    if (file != null) {
      exportTo(file.toPath(), format);
    }
  }

  /** Writes the whole drawing to {@code file} as {@code png} or {@code svg}. */
  void exportTo(Path file, String format) {
    try {
      if (format.equals("png")) {
        export.png(viewModel.drawing().get(), viewModel.highlight().get(), file);
      } else {
        export.svg(viewModel.drawing().get(), viewModel.highlight().get(), file);
      }
    } catch (IOException e) {
      viewModel.reportProblem("Could not export to " + file + ": " + e.getMessage());
    }
  }

  GraphCanvas canvas() {
    return canvas;
  }
}
