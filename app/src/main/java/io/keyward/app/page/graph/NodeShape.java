package io.keyward.app.page.graph;

/** The glyph that tells kinds apart without colour: printed, colour-blind, or in a grey theme. */
enum NodeShape {
  CIRCLE,
  ROUNDED_SQUARE,
  SQUARE,
  HEXAGON,
  PARALLELOGRAM,
  DIAMOND,
  TRIANGLE,
  RING;

  /** The glyph's outline as a polygon inside the box, or null for the round ones. */
  double[][] polygon(double x, double y, double size) {
    double s = size;
    return switch (this) {
      case HEXAGON ->
          new double[][] {
            {x + s * 0.25, x + s * 0.75, x + s, x + s * 0.75, x + s * 0.25, x},
            {y, y, y + s / 2, y + s, y + s, y + s / 2}
          };
      case PARALLELOGRAM ->
          new double[][] {
            {x + s * 0.35, x + s, x + s * 0.65, x},
            {y + s * 0.15, y + s * 0.15, y + s * 0.85, y + s * 0.85}
          };
      case DIAMOND ->
          new double[][] {{x + s / 2, x + s, x + s / 2, x}, {y, y + s / 2, y + s, y + s / 2}};
      case TRIANGLE -> new double[][] {{x + s / 2, x + s, x}, {y, y + s, y + s}};
      case SQUARE -> new double[][] {{x, x + s, x + s, x}, {y, y, y + s, y + s}};
      default -> new double[0][];
    };
  }
}
