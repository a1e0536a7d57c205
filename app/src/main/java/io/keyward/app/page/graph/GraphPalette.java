package io.keyward.app.page.graph;

import io.keyward.model.domain.IdentityKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.jspecify.annotations.Nullable;

/**
 * The colours the canvas and the SVG export draw with, read from the current AtlantaFX theme's
 * tokens: each token is the background of a hidden probe region in the page, so a theme switch
 * changes them like any other styled node.
 */
final class GraphPalette {
  static final String FG = "-color-fg-default";
  static final String MUTED = "-color-fg-muted";
  static final String SURFACE = "-color-bg-default";
  static final String SUBTLE = "-color-bg-subtle";
  static final String EDGE = "-color-border-default";
  static final String DANGER = "-color-danger-emphasis";
  static final String SELECTION = "-color-accent-fg";

  private final Map<String, Region> probes = new HashMap<>();

  /** Adds one hidden probe per token to {@code host}. */
  GraphPalette(Pane host) {
    for (String token : tokens()) {
      Region probe = new Region();
      probe.setStyle("-fx-background-color: " + token + ";");
      probe.setManaged(false);
      probe.setVisible(false);
      probe.setMouseTransparent(true);
      probes.put(token, probe);
      host.getChildren().add(probe);
    }
  }

  /** Runs {@code changed} whenever the theme changes a colour. */
  void onChange(Runnable changed) {
    probes.values().forEach(p -> p.backgroundProperty().addListener((o, a, b) -> changed.run()));
  }

  Color kind(@Nullable IdentityKind kind) {
    return color(GraphStyle.look(kind).token());
  }

  Color color(String token) {
    Region probe = probes.get(token);
    if (probe == null) {
      return Color.GRAY;
    }
    Background background = probe.getBackground();
    if (background == null || background.getFills().isEmpty()) {
      probe.applyCss();
      background = probe.getBackground();
    }
    if (background != null && !background.getFills().isEmpty()) {
      Paint fill = background.getFills().get(0).getFill();
      if (fill instanceof Color color) {
        return color;
      }
    }
    return Color.GRAY;
  }

  private static List<String> tokens() {
    List<String> tokens =
        new ArrayList<>(List.of(FG, MUTED, SURFACE, SUBTLE, EDGE, DANGER, SELECTION));
    for (IdentityKind kind : IdentityKind.values()) {
      tokens.add(GraphStyle.look(kind).token());
    }
    tokens.add(GraphStyle.look(null).token());
    return tokens.stream().distinct().toList();
  }
}
