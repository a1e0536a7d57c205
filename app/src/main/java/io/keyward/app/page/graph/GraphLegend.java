package io.keyward.app.page.graph;

import atlantafx.base.theme.Styles;
import io.keyward.app.format.Display;
import io.keyward.model.domain.IdentityKind;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import org.jspecify.annotations.Nullable;

/** The key to the drawing: each kind's glyph and colour, and what the hop styles mean. */
final class GraphLegend extends FlowPane {
  private static final double GLYPH = 12;
  private final GraphPalette palette;

  GraphLegend(GraphPalette palette) {
    super(14, 6);
    this.palette = palette;
    getStyleClass().add("graph-legend");
    setId("graph-legend");
    palette.onChange(this::render);
    render();
  }

  private void render() {
    getChildren().clear();
    for (IdentityKind kind : IdentityKind.values()) {
      getChildren().add(entry(glyph(kind), Display.words(kind)));
    }
    getChildren().add(entry(glyph(null), "Not in the cache"));
    getChildren().add(entry(line(palette.color(GraphPalette.EDGE), 1.2, false), "Delegation"));
    getChildren().add(entry(line(palette.color(GraphPalette.EDGE), 1.2, true), "Conditional"));
    getChildren().add(entry(line(palette.color(GraphPalette.DANGER), 2.6, false), "Widens scope"));
  }

  private Node glyph(@Nullable IdentityKind kind) {
    Canvas canvas = new Canvas(GLYPH + 2, GLYPH + 2);
    DrawingRenderer.glyph(
        GraphStyle.look(kind).shape(),
        1,
        1,
        GLYPH,
        palette.kind(kind),
        new CanvasPainter(canvas.getGraphicsContext2D()));
    return canvas;
  }

  private static Node line(Color color, double width, boolean dashed) {
    Canvas canvas = new Canvas(26, GLYPH + 2);
    new CanvasPainter(canvas.getGraphicsContext2D())
        .polyline(
            List.of(new GraphDrawing.Point(1, 7), new GraphDrawing.Point(25, 7)),
            color,
            width,
            dashed);
    return canvas;
  }

  private static Node entry(Node symbol, String text) {
    Label label = new Label(text);
    label.getStyleClass().add(Styles.TEXT_SMALL);
    HBox entry = new HBox(5, symbol, label);
    entry.setAlignment(Pos.CENTER_LEFT);
    return entry;
  }
}
