package io.keyward.app.page.graph;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * The few drawing operations a graph drawing needs, so the canvas on screen, the PNG export and the
 * SVG export draw the same picture from one routine ({@link DrawingRenderer}).
 */
interface GraphPainter {
  void polyline(List<GraphDrawing.Point> points, Color stroke, double width, boolean dashed);

  void polygon(double[] xs, double[] ys, Color fill, Color stroke, double width, boolean dashed);

  void roundRect(
      double x, double y, double w, double h, double arc, Color fill, Color stroke, double width);

  void oval(
      double x,
      double y,
      double w,
      double h,
      Color fill,
      Color stroke,
      double width,
      boolean dashed);

  /** Text with its baseline at {@code y}. */
  void text(String text, double x, double y, Color color, boolean small, boolean bold);
}
