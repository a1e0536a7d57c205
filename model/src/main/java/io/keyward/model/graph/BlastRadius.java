package io.keyward.model.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything one principal can reach through every delegation path: the principals it can act
 * through, the permissions they hold, and the estate's resources those cover.
 *
 * @param identities the start first, then in breadth-first order
 */
public record BlastRadius(
    GraphNode start,
    List<ReachedIdentity> identities,
    List<EffectiveGrant> grants,
    List<ReachedResource> resources) {

  public BlastRadius {
    identities = List.copyOf(identities);
    grants = List.copyOf(grants);
    resources = List.copyOf(resources);
  }

  /** The hops from the start to {@code id}, first hop first; empty for the start or a stranger. */
  public List<GraphEdge> pathTo(String id) {
    Map<String, ReachedIdentity> byId =
        identities.stream()
            .collect(Collectors.toMap(r -> r.node().id(), Function.identity(), (a, b) -> a));
    List<GraphEdge> path = new ArrayList<>();
    ReachedIdentity at = byId.get(id);
    while (at != null && at.via() != null) {
      path.add(at.via());
      at = byId.get(at.via().fromId());
    }
    Collections.reverse(path);
    return path;
  }
}
