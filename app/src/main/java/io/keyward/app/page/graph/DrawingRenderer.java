package io.keyward.app.page.graph;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * Draws a laid-out graph on any {@link GraphPainter}: hops as arrows with their labels (escalating
 * ones thick in the danger colour), principals as chips with a kind glyph and the name.
 */
final class DrawingRenderer {
  private static final double DIM = 0.25;
  private final GraphPalette palette;

  DrawingRenderer(GraphPalette palette) {
    this.palette = palette;
  }

  /**
   * @param labels whether to draw edge labels (left out when zoomed far out, where they would be
   *     unreadable specks)
   */
  void paint(GraphDrawing drawing, Highlight highlight, GraphPainter painter, boolean labels) {
    for (GraphDrawing.PlacedEdge edge : drawing.edges()) {
      paintEdge(edge, highlight, painter, labels);
    }
    for (GraphDrawing.PlacedNode node : drawing.nodes()) {
      paintNode(node, highlight, painter);
    }
  }

  private void paintEdge(
      GraphDrawing.PlacedEdge placed, Highlight highlight, GraphPainter painter, boolean labels) {
    List<GraphDrawing.Point> points = placed.points();
    if (points.size() < 2) {
      return;
    }
    VisibleGraph.Edge edge = placed.edge();
    boolean strong = !highlight.dims() || highlight.edges().contains(edge.key());
    Color base =
        edge.escalating() ? palette.color(GraphPalette.DANGER) : palette.color(GraphPalette.EDGE);
    Color stroke = strong ? base : fade(base);
    double width = edge.escalating() ? 2.6 : strong && highlight.dims() ? 2 : 1.2;
    painter.polyline(points, stroke, width, edge.conditional());
    arrowHead(points.get(points.size() - 2), points.get(points.size() - 1), stroke, painter);
    if (labels) {
      Color text =
          edge.escalating()
              ? palette.color(GraphPalette.DANGER)
              : palette.color(GraphPalette.MUTED);
      painter.roundRect(
          placed.labelX() - 2,
          placed.labelY() - 1,
          placed.labelWidth() + 4,
          placed.labelHeight() + 2,
          4,
          withAlpha(palette.color(GraphPalette.SURFACE), strong ? 0.85 : 0.5),
          Color.TRANSPARENT,
          0);
      String[] lines = edge.label().split("\n");
      for (int i = 0; i < lines.length; i++) {
        // The escalation line (last of an escalating hop) in bold: it is the finding.
        boolean finding = edge.escalating() && i == lines.length - 1;
        painter.text(
            lines[i],
            placed.labelX() + 3,
            placed.labelY() + GraphLayout.LABEL_LINE * (i + 1) - 1,
            strong ? (finding || i == 0 ? text : palette.color(GraphPalette.MUTED)) : fade(text),
            true,
            finding);
      }
    }
  }

  private static void arrowHead(
      GraphDrawing.Point from, GraphDrawing.Point tip, Color color, GraphPainter painter) {
    double angle = Math.atan2(tip.y() - from.y(), tip.x() - from.x());
    double size = 8;
    double[] xs = {
      tip.x(), tip.x() - size * Math.cos(angle - 0.4), tip.x() - size * Math.cos(angle + 0.4)
    };
    double[] ys = {
      tip.y(), tip.y() - size * Math.sin(angle - 0.4), tip.y() - size * Math.sin(angle + 0.4)
    };
    painter.polygon(xs, ys, color, color, 1, false);
  }

  private void paintNode(
      GraphDrawing.PlacedNode placed, Highlight highlight, GraphPainter painter) {
    VisibleGraph.Node node = placed.node();
    boolean strong = !highlight.dims() || highlight.nodes().contains(node.id());
    boolean selected = node.id().equals(highlight.selected());
    boolean focus = node.id().equals(highlight.focus());
    Color kind = palette.kind(node.kind());
    Color surface = palette.color(GraphPalette.SUBTLE);
    Color border = selected ? palette.color(GraphPalette.SELECTION) : strong ? kind : fade(kind);
    painter.roundRect(
        placed.x(),
        placed.y(),
        placed.width(),
        placed.height(),
        10,
        strong ? surface : withAlpha(surface, 0.6),
        border,
        selected ? 3 : focus ? 2.4 : 1.3);
    double glyph = GraphLayout.GLYPH;
    double gx = placed.x() + GraphLayout.NODE_PADDING;
    double gy = placed.y() + (placed.height() - glyph) / 2;
    glyph(GraphStyle.look(node.kind()).shape(), gx, gy, glyph, strong ? kind : fade(kind), painter);
    Color text = palette.color(GraphPalette.FG);
    painter.text(
        node.name(),
        gx + glyph + GraphLayout.NODE_PADDING,
        placed.y() + placed.height() / 2 + 4,
        strong ? text : fade(text),
        false,
        false);
  }

  /** Draws a kind's glyph; the legend uses it too. */
  static void glyph(
      NodeShape shape, double x, double y, double size, Color color, GraphPainter painter) {
    switch (shape) {
      case CIRCLE -> painter.oval(x, y, size, size, color, color, 1, false);
      case RING ->
          painter.oval(x + 1, y + 1, size - 2, size - 2, Color.TRANSPARENT, color, 1.6, true);
      case ROUNDED_SQUARE -> painter.roundRect(x, y, size, size, 6, color, color, 1);
      default -> {
        double[][] polygon = shape.polygon(x, y, size);
        painter.polygon(polygon[0], polygon[1], color, color, 1, false);
      }
    }
  }

  private static Color fade(Color color) {
    return withAlpha(color, DIM);
  }

  private static Color withAlpha(Color color, double alpha) {
    return new Color(color.getRed(), color.getGreen(), color.getBlue(), color.getOpacity() * alpha);
  }
}
