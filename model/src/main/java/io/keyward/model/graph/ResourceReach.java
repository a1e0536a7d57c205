package io.keyward.model.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Answers "who can reach this resource": its holders, then backwards along delegation hops. */
public final class ResourceReach {
  private final GraphIndex graph;

  public ResourceReach(GraphIndex graph) {
    this.graph = graph;
  }

  /**
   * @param resourceId the resource's cache id or its source's id for it
   * @throws IllegalArgumentException when the estate has no such resource
   */
  public ResourceAccess of(String resourceId, ReachOptions options) {
    int r = resourceIndex(resourceId);
    // Few distinct patterns per source: decide once per pattern whether it covers the resource.
    Map<Long, Boolean> covers = new HashMap<>();
    int[] holders =
        IntStream.range(0, graph.nodeCount()).filter(n -> holdsCovering(n, r, covers)).toArray();
    Reachability search = new Reachability(graph);
    int count = search.run(holders, false, options);
    List<ReachedIdentity> principals =
        IntStream.range(0, count)
            .map(search::reached)
            .mapToObj(
                n ->
                    new ReachedIdentity(
                        graph.node(n),
                        search.depth(n),
                        search.parentEdge(n) == GraphIndex.NONE
                            ? null
                            : graph.edge(search.parentEdge(n)),
                        search.conditional(n)))
            .toList();
    return new ResourceAccess(graph.resource(r), principals);
  }

  private boolean holdsCovering(int n, int r, Map<Long, Boolean> covers) {
    int source = graph.nodeSources[n];
    for (int g = graph.grantStart[n]; g < graph.grantStart[n + 1]; g++) {
      long key = ((long) source << 32) | graph.grantResources[g];
      int grant = g;
      if (covers.computeIfAbsent(key, k -> contains(graph.coveredBy(grant, n), r))) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(int[] values, int wanted) {
    for (int value : values) {
      if (value == wanted) {
        return true;
      }
    }
    return false;
  }

  private int resourceIndex(String id) {
    for (int r = 0; r < graph.resourceCount(); r++) {
      if (graph.resource(r).id().equals(id) || graph.resource(r).externalId().equals(id)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no resource " + id + " in the estate");
  }
}
