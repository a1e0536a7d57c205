package io.keyward.model.graph;

import java.util.ArrayList;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DirectedMultigraph;

/**
 * Shortest and k-shortest delegation paths between two principals (fewest hops first, loopless).
 * The compact index narrows the search to the principals that lie on some path (reachable from the
 * start and able to reach the target); JGraphT's Yen algorithm then runs on that small subgraph, so
 * the library's per-object cost is paid only for the few nodes that matter.
 */
public final class DelegationPaths {
  private final GraphIndex graph;
  private final ScopeCheck check;
  private final Reachability forward;
  private final Reachability backward;

  /** Not thread-safe: it reuses its search arrays; one instance per thread. */
  public DelegationPaths(GraphIndex graph) {
    this.graph = graph;
    this.check = new ScopeCheck(graph);
    this.forward = new Reachability(graph);
    this.backward = new Reachability(graph);
  }

  /**
   * Up to {@code k} paths from {@code fromId} to {@code toId}, fewest hops first; empty when the
   * target is out of reach. Each path lists the hops along it that widen scope.
   *
   * @throws IllegalArgumentException when either end is not in the graph, they are the same, or k
   *     is below 1
   */
  public List<DelegationChain> between(String fromId, String toId, int k, ReachOptions options) {
    int from = require(fromId);
    int to = require(toId);
    if (from == to) {
      throw new IllegalArgumentException("a path needs two different principals");
    }
    if (k < 1) {
      throw new IllegalArgumentException("ask for at least one path, not " + k);
    }
    forward.run(new int[] {from}, true, options, false);
    if (!forward.visited(to)) {
      return List.of();
    }
    if (k == 1) {
      return List.of(chain(shortest(to)));
    }
    int back = backward.run(new int[] {to}, false, options, false);
    Graph<Integer, Integer> sub = new DirectedMultigraph<>(null, null, false);
    List<Integer> onSomePath = new ArrayList<>();
    for (int i = 0; i < back; i++) {
      int n = backward.reached(i);
      if (forward.visited(n)) {
        sub.addVertex(n);
        onSomePath.add(n);
      }
    }
    for (int n : onSomePath) {
      for (int i = graph.outStart[n]; i < graph.outStart[n + 1]; i++) {
        int e = graph.outEdges[i];
        int next = graph.edgeTo[e];
        if (sub.containsVertex(next) && (options.followConditional() || !graph.conditional(e))) {
          sub.addEdge(n, next, e);
        }
      }
    }
    List<DelegationChain> paths = new ArrayList<>();
    for (GraphPath<Integer, Integer> path : new YenKShortestPath<>(sub).getPaths(from, to, k)) {
      if (path.getLength() > options.maxDepth()) {
        break;
      }
      paths.add(chain(path.getEdgeList().stream().mapToInt(Integer::intValue).toArray()));
    }
    return paths;
  }

  /** The breadth-first tree's path to {@code to}: a shortest one. */
  private int[] shortest(int to) {
    int[] edges = new int[forward.depth(to)];
    for (int n = to, i = edges.length - 1; i >= 0; i--) {
      edges[i] = forward.parentEdge(n);
      n = graph.edgeFrom[edges[i]];
    }
    return edges;
  }

  private DelegationChain chain(int[] edges) {
    return new DelegationChain(check.edges(edges), check.along(edges));
  }

  private int require(String id) {
    int n = graph.indexOf(id);
    if (n == GraphIndex.NONE) {
      throw new IllegalArgumentException("no principal " + id + " in the delegation graph");
    }
    return n;
  }
}
