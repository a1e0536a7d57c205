package io.keyward.app.page.graph;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** Paints on a JavaFX canvas, through whatever transform (pan, zoom) the context carries. */
final class CanvasPainter implements GraphPainter {
  private static final double[] DASHES = {5, 4};
  private final GraphicsContext g;

  CanvasPainter(GraphicsContext g) {
    this.g = g;
  }

  @Override
  public void polyline(
      List<GraphDrawing.Point> points, Color stroke, double width, boolean dashed) {
    double[] xs = new double[points.size()];
    double[] ys = new double[points.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = points.get(i).x();
      ys[i] = points.get(i).y();
    }
    stroke(stroke, width, dashed);
    g.strokePolyline(xs, ys, xs.length);
  }

  @Override
  public void polygon(
      double[] xs, double[] ys, Color fill, Color stroke, double width, boolean dashed) {
    g.setFill(fill);
    g.fillPolygon(xs, ys, xs.length);
    stroke(stroke, width, dashed);
    g.strokePolygon(xs, ys, xs.length);
  }

  @Override
  public void roundRect(
      double x, double y, double w, double h, double arc, Color fill, Color stroke, double width) {
    g.setFill(fill);
    g.fillRoundRect(x, y, w, h, arc, arc);
    if (width > 0) {
      stroke(stroke, width, false);
      g.strokeRoundRect(x, y, w, h, arc, arc);
    }
  }

  @Override
  public void oval(
      double x,
      double y,
      double w,
      double h,
      Color fill,
      Color stroke,
      double width,
      boolean dashed) {
    g.setFill(fill);
    g.fillOval(x, y, w, h);
    stroke(stroke, width, dashed);
    g.strokeOval(x, y, w, h);
  }

  @Override
  public void text(String text, double x, double y, Color color, boolean small, boolean bold) {
    Font base = small ? GraphStyle.LABEL_FONT : GraphStyle.NAME_FONT;
    g.setFont(bold ? Font.font(base.getFamily(), FontWeight.BOLD, base.getSize()) : base);
    g.setFill(color);
    g.fillText(text, x, y);
  }

  private void stroke(Color color, double width, boolean dashed) {
    g.setStroke(color);
    g.setLineWidth(width);
    g.setLineDashes(dashed ? DASHES : null);
  }
}
