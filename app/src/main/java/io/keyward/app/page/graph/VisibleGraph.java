package io.keyward.app.page.graph;

import io.keyward.model.domain.IdentityKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The part of the delegation graph on screen, before layout.
 *
 * @param nodes in a stable order, so the same state lays out the same way
 */
record VisibleGraph(List<Node> nodes, List<Edge> edges) {

  VisibleGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * @param kind null for a principal that only delegations name
   */
  record Node(String id, String name, @Nullable IdentityKind kind) {}

  /**
   * One hop.
   *
   * @param key unique per hop: the delegation id and where it starts (AWS account trust admits
   *     several principals through one delegation)
   * @param label delegation kind and scope, as drawn next to the edge
   * @param escalating whether this hop widens the scope its start received
   */
  record Edge(
      String key,
      String fromId,
      String toId,
      String label,
      boolean escalating,
      boolean conditional) {}
}
