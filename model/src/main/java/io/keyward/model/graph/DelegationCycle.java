package io.keyward.model.graph;

import java.util.List;

/**
 * Principals that can act through each other in a ring, so a chain through them never ends.
 *
 * @param members every principal of the strongly connected group, sorted by id
 * @param hops one cycle through the first member, as an example
 */
public record DelegationCycle(List<String> members, List<GraphEdge> hops) {

  public DelegationCycle {
    members = List.copyOf(members);
    hops = List.copyOf(hops);
  }
}
