package io.keyward.app.page.graph;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * Draws the laid-out graph on one canvas (no scene-graph node per principal, so thousands stay
 * smooth) and turns the mouse into pan (drag), zoom (wheel, around the pointer), select (click) and
 * expand or collapse (double-click). Only what intersects the viewport is painted; edge labels are
 * left out when zoomed far out.
 */
final class GraphCanvas extends Region {
  static final double MIN_SCALE = 0.05;
  static final double MAX_SCALE = 3;
  private static final double LABELS_FROM_SCALE = 0.45;

  private final Canvas canvas = new Canvas();
  private final DrawingRenderer renderer;
  private final GraphPalette palette;
  private GraphDrawing drawing = GraphDrawing.EMPTY;
  private Highlight highlight = Highlight.NONE;
  private double scale = 1;
  private double translateX;
  private double translateY;
  private double dragX;
  private double dragY;
  private boolean dragged;
  private boolean fitOnLayout;
  private long lastFrameNanos;
  private Consumer<String> onSelect = id -> {};
  private Consumer<String> onToggle = id -> {};

  GraphCanvas(GraphPalette palette) {
    this.palette = palette;
    this.renderer = new DrawingRenderer(palette);
    getChildren().add(canvas);
    getStyleClass().add("graph-canvas");
    setId("graph-canvas");
    setMinSize(200, 200);
    canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
    canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
    canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    palette.onChange(this::redraw);
  }

  void onSelect(Consumer<String> select) {
    this.onSelect = select;
  }

  void onToggle(Consumer<String> toggle) {
    this.onToggle = toggle;
  }

  void show(GraphDrawing next, boolean fit) {
    drawing = next;
    if (fit && getWidth() <= 0) {
      // Not laid out yet: fit once the canvas knows its size.
      fitOnLayout = true;
      requestLayout();
    } else if (fit) {
      fit();
    } else {
      redraw();
    }
  }

  void highlight(Highlight next) {
    highlight = next;
    redraw();
  }

  /** Scales the whole drawing into view (never above 1:1) and centres it. */
  void fit() {
    double w = Math.max(1, getWidth());
    double h = Math.max(1, getHeight());
    if (drawing.width() <= 0 || drawing.height() <= 0) {
      scale = 1;
    } else {
      scale = clamp(Math.min(1, Math.min(w / drawing.width(), h / drawing.height())));
    }
    translateX = (w - drawing.width() * scale) / 2;
    translateY = (h - drawing.height() * scale) / 2;
    redraw();
  }

  /** Zooms by {@code factor} around the centre of the view. */
  void zoom(double factor) {
    zoomAround(factor, getWidth() / 2, getHeight() / 2);
  }

  double scale() {
    return scale;
  }

  /** How long the last repaint took, for the smoothness figures. */
  double lastFrameMillis() {
    return lastFrameNanos / 1e6;
  }

  @Override
  protected void layoutChildren() {
    if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
      canvas.setWidth(getWidth());
      canvas.setHeight(getHeight());
      if (fitOnLayout && getWidth() > 0) {
        fitOnLayout = false;
        fit();
      } else {
        redraw();
      }
    }
  }

  void redraw() {
    long start = System.nanoTime();
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.setFill(palette.color(GraphPalette.SURFACE));
    g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    g.setTransform(scale, 0, 0, scale, translateX, translateY);
    double left = -translateX / scale;
    double top = -translateY / scale;
    double right = left + canvas.getWidth() / scale;
    double bottom = top + canvas.getHeight() / scale;
    renderer.paint(
        visiblePart(left, top, right, bottom),
        highlight,
        new CanvasPainter(g),
        scale >= LABELS_FROM_SCALE);
    g.setTransform(1, 0, 0, 1, 0, 0);
    lastFrameNanos = System.nanoTime() - start;
  }

  /** The nodes and hops that intersect the viewport, so far-off parts cost nothing. */
  private GraphDrawing visiblePart(double left, double top, double right, double bottom) {
    return new GraphDrawing(
        drawing.width(),
        drawing.height(),
        drawing.nodes().stream()
            .filter(
                n ->
                    n.x() + n.width() >= left
                        && n.x() <= right
                        && n.y() + n.height() >= top
                        && n.y() <= bottom)
            .toList(),
        drawing.edges().stream().filter(e -> intersects(e, left, top, right, bottom)).toList());
  }

  private static boolean intersects(
      GraphDrawing.PlacedEdge edge, double left, double top, double right, double bottom) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (GraphDrawing.Point p : edge.points()) {
      minX = Math.min(minX, p.x());
      minY = Math.min(minY, p.y());
      maxX = Math.max(maxX, p.x());
      maxY = Math.max(maxY, p.y());
    }
    return maxX >= left && minX <= right && maxY >= top && minY <= bottom;
  }

  private void pressed(MouseEvent event) {
    dragX = event.getX();
    dragY = event.getY();
    dragged = false;
  }

  private void dragged(MouseEvent event) {
    if (event.getButton() != MouseButton.PRIMARY && event.getButton() != MouseButton.MIDDLE) {
      return;
    }
    translateX += event.getX() - dragX;
    translateY += event.getY() - dragY;
    dragged |= Math.abs(event.getX() - dragX) + Math.abs(event.getY() - dragY) > 0;
    dragX = event.getX();
    dragY = event.getY();
    redraw();
  }

  private void clicked(MouseEvent event) {
    if (dragged || event.getButton() != MouseButton.PRIMARY) {
      return;
    }
    drawing
        .nodeAt((event.getX() - translateX) / scale, (event.getY() - translateY) / scale)
        .ifPresent(
            node -> {
              if (event.getClickCount() >= 2) {
                onToggle.accept(node.node().id());
              } else {
                onSelect.accept(node.node().id());
              }
            });
  }

  private void scrolled(ScrollEvent event) {
    if (event.getDeltaY() != 0) {
      zoomAround(event.getDeltaY() > 0 ? 1.15 : 1 / 1.15, event.getX(), event.getY());
      event.consume();
    }
  }

  private void zoomAround(double factor, double x, double y) {
    double next = clamp(scale * factor);
    double graphX = (x - translateX) / scale;
    double graphY = (y - translateY) / scale;
    scale = next;
    translateX = x - graphX * scale;
    translateY = y - graphY * scale;
    redraw();
  }

  /** Where the centre of node {@code id} is on the canvas now, if it is drawn. */
  Optional<Point2D> centreOf(String id) {
    return drawing.nodes().stream()
        .filter(n -> n.node().id().equals(id))
        .findFirst()
        .map(
            n ->
                new Point2D(
                    translateX + (n.x() + n.width() / 2) * scale,
                    translateY + (n.y() + n.height() / 2) * scale));
  }

  private static double clamp(double value) {
    return Math.max(MIN_SCALE, Math.min(MAX_SCALE, value));
  }
}
