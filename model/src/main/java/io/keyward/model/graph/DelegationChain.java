package io.keyward.model.graph;

import java.util.List;

/**
 * Consecutive hops, first delegator first (human, agent, sub-agent, role...), with every hop along
 * it that widens scope.
 */
public record DelegationChain(List<GraphEdge> hops, List<Escalation> escalations) {

  public DelegationChain {
    hops = List.copyOf(hops);
    escalations = List.copyOf(escalations);
    if (hops.isEmpty()) {
      throw new IllegalArgumentException("a chain has at least one hop");
    }
  }

  public boolean escalates() {
    return !escalations.isEmpty();
  }

  /** The principals along the chain, in order: one more than the hops. */
  public List<String> principals() {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(hops.get(0).fromId()), hops.stream().map(GraphEdge::toId))
        .toList();
  }
}
