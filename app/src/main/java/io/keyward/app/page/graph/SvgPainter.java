package io.keyward.app.page.graph;

import java.util.List;
import java.util.Locale;
import javafx.scene.paint.Color;

/**
 * Writes the drawing as SVG 1.1 text, from the same laid-out geometry the canvas draws: a small
 * writer of our own, since the few shapes need no SVG library.
 */
final class SvgPainter implements GraphPainter {
  private final StringBuilder body = new StringBuilder();

  /** The finished document, {@code width} by {@code height} user units on a {@code background}. */
  String document(double width, double height, Color background) {
    return String.format(
            Locale.ROOT,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%.0f\""
                + " height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" font-family=\"%s\">%n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"%s\"/>%n",
            width,
            height,
            width,
            height,
            escape(GraphStyle.NAME_FONT.getFamily() + ", sans-serif"),
            hex(background))
        + body
        + "</svg>\n";
  }

  @Override
  public void polyline(
      List<GraphDrawing.Point> points, Color stroke, double width, boolean dashed) {
    StringBuilder path = new StringBuilder();
    for (GraphDrawing.Point p : points) {
      path.append(path.length() == 0 ? "" : " ").append(num(p.x())).append(',').append(num(p.y()));
    }
    body.append("<polyline points=\"")
        .append(path)
        .append("\" fill=\"none\"")
        .append(stroke(stroke, width, dashed))
        .append("/>\n");
  }

  @Override
  public void polygon(
      double[] xs, double[] ys, Color fill, Color stroke, double width, boolean dashed) {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      path.append(i == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(ys[i]));
    }
    body.append("<polygon points=\"")
        .append(path)
        .append('"')
        .append(fill(fill))
        .append(stroke(stroke, width, dashed))
        .append("/>\n");
  }

  @Override
  public void roundRect(
      double x, double y, double w, double h, double arc, Color fill, Color stroke, double width) {
    body.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"%s\"",
                num(x),
                num(y),
                num(w),
                num(h),
                num(arc / 2)))
        .append(fill(fill))
        .append(width > 0 ? stroke(stroke, width, false) : "")
        .append("/>\n");
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
    body.append(
            String.format(
                Locale.ROOT,
                "<ellipse cx=\"%s\" cy=\"%s\" rx=\"%s\" ry=\"%s\"",
                num(x + w / 2),
                num(y + h / 2),
                num(w / 2),
                num(h / 2)))
        .append(fill(fill))
        .append(stroke(stroke, width, dashed))
        .append("/>\n");
  }

  @Override
  public void text(String text, double x, double y, Color color, boolean small, boolean bold) {
    body.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%s\" y=\"%s\" font-size=\"%s\"%s",
                num(x),
                num(y),
                num((small ? GraphStyle.LABEL_FONT : GraphStyle.NAME_FONT).getSize()),
                bold ? " font-weight=\"bold\"" : ""))
        .append(fill(color))
        .append('>')
        .append(escape(text))
        .append("</text>\n");
  }

  private static String fill(Color color) {
    return color.getOpacity() == 0
        ? " fill=\"none\""
        : " fill=\"" + hex(color) + "\"" + opacity("fill-opacity", color);
  }

  private static String stroke(Color color, double width, boolean dashed) {
    return " stroke=\""
        + hex(color)
        + "\""
        + opacity("stroke-opacity", color)
        + " stroke-width=\""
        + num(width)
        + "\""
        + (dashed ? " stroke-dasharray=\"5,4\"" : "");
  }

  private static String opacity(String attribute, Color color) {
    return color.getOpacity() >= 1 ? "" : " " + attribute + "=\"" + num(color.getOpacity()) + "\"";
  }

  static String hex(Color color) {
    return String.format(
        Locale.ROOT,
        "#%02x%02x%02x",
        Math.round(color.getRed() * 255),
        Math.round(color.getGreen() * 255),
        Math.round(color.getBlue() * 255));
  }

  private static String num(double value) {
    String text = String.format(Locale.ROOT, "%.2f", value);
    return text.endsWith(".00") ? text.substring(0, text.length() - 3) : text;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
