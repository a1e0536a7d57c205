package io.keyward.app.page.graph;

import io.keyward.model.domain.IdentityKind;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.jspecify.annotations.Nullable;

/**
 * How each identity kind looks (a glyph shape and an AtlantaFX colour token) and the fonts, shared
 * by the canvas, the legend and the SVG export.
 */
final class GraphStyle {
  static final Font NAME_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.NORMAL, 12);
  static final Font LABEL_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.NORMAL, 10);

  /** Kind of a principal that only delegations name; drawn dashed. */
  static final String EXTERNAL = "EXTERNAL";

  private static final Map<String, Look> LOOKS =
      Map.of(
          IdentityKind.HUMAN.name(),
          new Look(NodeShape.CIRCLE, "-color-success-emphasis"),
          IdentityKind.AGENT.name(),
          new Look(NodeShape.ROUNDED_SQUARE, "-color-accent-emphasis"),
          IdentityKind.SERVICE_ACCOUNT.name(),
          new Look(NodeShape.SQUARE, "-color-chart-6"),
          IdentityKind.WORKLOAD.name(),
          new Look(NodeShape.HEXAGON, "-color-chart-4"),
          IdentityKind.APPLICATION.name(),
          new Look(NodeShape.PARALLELOGRAM, "-color-chart-5"),
          IdentityKind.ROLE.name(),
          new Look(NodeShape.DIAMOND, "-color-warning-emphasis"),
          IdentityKind.GROUP.name(),
          new Look(NodeShape.TRIANGLE, "-color-neutral-emphasis"),
          EXTERNAL,
          new Look(NodeShape.RING, "-color-fg-muted"));

  private GraphStyle() {}

  /** A glyph and the token its colour comes from. */
  record Look(NodeShape shape, String token) {}

  static Look look(@Nullable IdentityKind kind) {
    return LOOKS.get(key(kind));
  }

  static String key(@Nullable IdentityKind kind) {
    return kind == null ? EXTERNAL : kind.name();
  }
}
