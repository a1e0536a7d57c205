package io.keyward.app.page.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * Writes the whole drawing (not just the viewport) to a file: PNG through an off-screen canvas, SVG
 * through {@link SvgPainter}. Both paint with {@link DrawingRenderer}, labels always on.
 */
final class GraphExport {
  /** A PNG side longer than this is scaled down: textures beyond it fail on many GPUs. */
  static final double MAX_PNG_SIDE = 8192;

  private final GraphPalette palette;

  GraphExport(GraphPalette palette) {
    this.palette = palette;
  }

  /** On the FX thread: the snapshot needs it. */
  void png(GraphDrawing drawing, Highlight highlight, Path file) throws IOException {
    double scale =
        Math.min(2, MAX_PNG_SIDE / Math.max(1, Math.max(drawing.width(), drawing.height())));
    Canvas canvas =
        new Canvas(Math.max(1, drawing.width() * scale), Math.max(1, drawing.height() * scale));
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.setFill(palette.color(GraphPalette.SURFACE));
    g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    g.setTransform(scale, 0, 0, scale, 0, 0);
    new DrawingRenderer(palette).paint(drawing, highlight, new CanvasPainter(g), true);
    SnapshotParameters parameters = new SnapshotParameters();
    parameters.setFill(Color.TRANSPARENT);
    WritableImage image = canvas.snapshot(parameters, null);
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
  }

  void svg(GraphDrawing drawing, Highlight highlight, Path file) throws IOException {
    SvgPainter svg = new SvgPainter();
    new DrawingRenderer(palette).paint(drawing, highlight, svg, true);
    Files.writeString(
        file,
        svg.document(drawing.width(), drawing.height(), palette.color(GraphPalette.SURFACE)),
        StandardCharsets.UTF_8);
  }
}
