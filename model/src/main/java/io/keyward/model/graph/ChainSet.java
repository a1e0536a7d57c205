package io.keyward.model.graph;

import java.util.List;

/**
 * The delegation chains that run through one identity.
 *
 * @param truncated whether more chains exist than were listed
 */
public record ChainSet(
    GraphNode identity, int depth, List<DelegationChain> chains, boolean truncated) {

  public ChainSet {
    chains = List.copyOf(chains);
  }
}
