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

  public DelegationPaths(GraphIndex graph) {
    this.graph = graph;
    this.check = new ScopeCheck(graph);
  }

  /**
   * Up to {@code k} paths from {@code fromId} to {@code toId}, shortest first; empty when the
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
    boolean[] onSomePath = onSomePath(from, to, options);
    if (!onSomePath[from]) {
      return List.of();
    }
    Graph<Integer, Integer> sub = new DirectedMultigraph<>(null, null, false);
    for (int n = 0; n < onSomePath.length; n++) {
      if (onSomePath[n]) {
        sub.addVertex(n);
      }
    }
    for (int n = 0; n < onSomePath.length; n++) {
      if (!onSomePath[n]) {
        continue;
      }
      for (int i = graph.outStart[n]; i < graph.outStart[n + 1]; i++) {
        int e = graph.outEdges[i];
        if (onSomePath[graph.edgeTo[e]] && (options.followConditional() || !graph.conditional(e))) {
          sub.addEdge(n, graph.edgeTo[e], e);
        }
      }
    }
    List<DelegationChain> paths = new ArrayList<>();
    for (GraphPath<Integer, Integer> path : new YenKShortestPath<>(sub).getPaths(from, to, k)) {
      if (path.getLength() > options.maxDepth()) {
        break;
      }
      int[] edges = path.getEdgeList().stream().mapToInt(Integer::intValue).toArray();
      paths.add(new DelegationChain(check.edges(edges), check.along(edges)));
    }
    return paths;
  }

  /** Nodes reachable from {@code from} that can also reach {@code to}. */
  private boolean[] onSomePath(int from, int to, ReachOptions options) {
    boolean[] both = new boolean[graph.nodeCount()];
    Reachability search = new Reachability(graph);
    int reached = search.run(new int[] {from}, true, options);
    if (!search.visited(to)) {
      return both;
    }
    for (int i = 0; i < reached; i++) {
      both[search.reached(i)] = true;
    }
    int back = search.run(new int[] {to}, false, options);
    boolean[] onPath = new boolean[both.length];
    for (int i = 0; i < back; i++) {
      int n = search.reached(i);
      onPath[n] = both[n];
    }
    return onPath;
  }

  private int require(String id) {
    int n = graph.indexOf(id);
    if (n == GraphIndex.NONE) {
      throw new IllegalArgumentException("no principal " + id + " in the delegation graph");
    }
    return n;
  }
}
