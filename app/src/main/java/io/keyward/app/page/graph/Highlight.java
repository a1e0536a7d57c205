package io.keyward.app.page.graph;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What stands out in the drawing.
 *
 * @param selected the node the analyst clicked
 * @param focus the node the view is centred on
 * @param nodes when not empty, only these nodes and {@code edges} are drawn at full strength (a
 *     focused chain or a found path); the rest is dimmed
 */
record Highlight(
    @Nullable String selected, @Nullable String focus, Set<String> nodes, Set<String> edges) {

  static final Highlight NONE = new Highlight(null, null, Set.of(), Set.of());

  Highlight {
    nodes = Set.copyOf(nodes);
    edges = Set.copyOf(edges);
  }

  boolean dims() {
    return !nodes.isEmpty();
  }
}
