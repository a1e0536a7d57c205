package io.keyward.model.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The delegation chains that run through an identity: every way to it from a first delegator
 * (backwards until nobody delegates further) joined with every way on from it (until nothing
 * further is reachable), each at most {@code depth} hops and without revisiting a principal.
 */
public final class DelegationChains {
  public static final int DEFAULT_DEPTH = 6;
  public static final int DEFAULT_LIMIT = 500;

  private final GraphIndex graph;
  private final ScopeCheck check;

  public DelegationChains(GraphIndex graph) {
    this.graph = graph;
    this.check = new ScopeCheck(graph);
  }

  /**
   * @param depth at most this many hops per chain
   * @param limit at most this many chains; the result says when there were more
   * @throws IllegalArgumentException when the graph has no node {@code id} or depth is below 1
   */
  public ChainSet of(String id, int depth, int limit) {
    int n = graph.indexOf(id);
    if (n == GraphIndex.NONE) {
      throw new IllegalArgumentException("no principal " + id + " in the delegation graph");
    }
    if (depth < 1) {
      throw new IllegalArgumentException("a chain is at least 1 hop deep, not " + depth);
    }
    Walk up = new Walk(false, depth, limit);
    up.from(n);
    Walk down = new Walk(true, depth, limit);
    down.from(n);
    Set<List<Integer>> seen = new LinkedHashSet<>();
    boolean truncated = up.truncated || down.truncated;
    outer:
    for (int[] before : up.found) {
      int[] prefix = reversed(before);
      Set<Integer> onPrefix = new HashSet<>();
      for (int e : prefix) {
        onPrefix.add(graph.edgeFrom[e]);
      }
      for (int[] after : down.found) {
        List<Integer> chain = new ArrayList<>();
        for (int e : prefix) {
          chain.add(e);
        }
        for (int e : after) {
          if (chain.size() >= depth || onPrefix.contains(graph.edgeTo[e])) {
            break;
          }
          chain.add(e);
        }
        if (!chain.isEmpty() && seen.add(chain) && seen.size() >= limit) {
          truncated = true;
          break outer;
        }
      }
    }
    List<DelegationChain> chains = new ArrayList<>(seen.size());
    for (List<Integer> chain : seen) {
      int[] edges = chain.stream().mapToInt(Integer::intValue).toArray();
      chains.add(new DelegationChain(check.edges(edges), check.along(edges)));
    }
    return new ChainSet(graph.node(n), depth, chains, truncated);
  }

  private static int[] reversed(int[] edges) {
    int[] copy = new int[edges.length];
    for (int i = 0; i < edges.length; i++) {
      copy[i] = edges[edges.length - 1 - i];
    }
    return copy;
  }

  /** Maximal simple walks from a node in one direction, as edge lists in walking order. */
  private final class Walk {
    final boolean forward;
    final int depth;
    final int limit;
    final List<int[]> found = new ArrayList<>();
    boolean truncated;
    private final int[] edges;
    private final Set<Integer> onPath = new HashSet<>();

    Walk(boolean forward, int depth, int limit) {
      this.forward = forward;
      this.depth = depth;
      this.limit = limit;
      this.edges = new int[depth];
    }

    void from(int start) {
      onPath.add(start);
      step(start, 0);
    }

    private void step(int at, int length) {
      if (found.size() >= limit) {
        truncated = true;
        return;
      }
      boolean extended = false;
      if (length < depth) {
        int[] start = forward ? graph.outStart : graph.inStart;
        int[] list = forward ? graph.outEdges : graph.inEdges;
        for (int i = start[at]; i < start[at + 1]; i++) {
          int e = list[i];
          int next = forward ? graph.edgeTo[e] : graph.edgeFrom[e];
          if (onPath.add(next)) {
            extended = true;
            edges[length] = e;
            step(next, length + 1);
            onPath.remove(next);
          }
        }
      }
      if (!extended) {
        found.add(Arrays.copyOf(edges, length));
      }
    }
  }
}
