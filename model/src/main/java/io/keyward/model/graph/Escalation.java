package io.keyward.model.graph;

import java.util.List;

/**
 * A hop that widens scope: the identity at the end of {@code received} was given that hop's scope,
 * yet at the next hop, {@code exercised}, it exercises more.
 *
 * @param hop the 1-based position of {@code exercised} in {@code chain}
 * @param extraScope what {@code exercised} passes beyond {@code received}'s scope
 * @param chain a chain that runs through both hops, from its first delegator
 */
public record Escalation(
    int hop,
    GraphEdge received,
    GraphEdge exercised,
    List<String> extraScope,
    List<GraphEdge> chain) {

  public Escalation {
    extraScope = List.copyOf(extraScope);
    chain = List.copyOf(chain);
  }

  /** The identity that widens the scope it received. */
  public String widenedBy() {
    return exercised.fromId();
  }
}
