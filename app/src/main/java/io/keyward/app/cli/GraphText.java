package io.keyward.app.cli;

import io.keyward.model.graph.DelegationChain;
import io.keyward.model.graph.Escalation;
import io.keyward.model.graph.GraphEdge;
import io.keyward.model.graph.GraphIndex;
import io.keyward.model.graph.GraphNode;
import java.util.Locale;

/** Plain-text rendering shared by the graph commands: names, hops and chains on one line. */
final class GraphText {
  private final GraphIndex graph;

  GraphText(GraphIndex graph) {
    this.graph = graph;
  }

  String name(String id) {
    return graph.node(id).map(GraphNode::name).orElse(id);
  }

  static String kind(GraphNode node) {
    return node.kind() == null ? "external" : node.kind().name().toLowerCase(Locale.ROOT);
  }

  /** {@code -[ASSUME_ROLE s3:GetObject | if sts:ExternalId = x]->} */
  static String arrow(GraphEdge edge) {
    StringBuilder label = new StringBuilder(edge.kind().name());
    label.append(edge.scope().isEmpty() ? " (any)" : " " + String.join(",", edge.scope()));
    if (edge.condition() != null) {
      label.append(" | if ").append(edge.condition());
    }
    return " -[" + label + "]-> ";
  }

  String chain(DelegationChain chain) {
    StringBuilder line = new StringBuilder(name(chain.hops().get(0).fromId()));
    for (GraphEdge hop : chain.hops()) {
      line.append(arrow(hop)).append(name(hop.toId()));
    }
    return line.toString();
  }

  String escalation(Escalation escalation) {
    return "hop "
        + escalation.hop()
        + ": "
        + name(escalation.widenedBy())
        + " received ["
        + String.join(", ", escalation.received().scope())
        + "] but passes "
        + String.join(", ", escalation.extraScope())
        + " on to "
        + name(escalation.exercised().toId())
        + " (delegation "
        + escalation.exercised().delegationId()
        + ")";
  }
}
