package io.keyward.model.graph;

import java.util.Arrays;

/**
 * Breadth-first search over the index's offset arrays, forward (what a node can act through) or
 * backward (who can act through it). Hops without a condition are followed first, so a node is
 * marked conditional only when every way to it passes a condition. Reuses its arrays between runs
 * (a stamp per run instead of clearing), so scanning every identity does not allocate per node: one
 * instance per thread.
 */
final class Reachability {
  private final GraphIndex graph;
  private final int[] stamp;
  private final int[] parentEdge;
  private final int[] depth;
  private final boolean[] conditional;
  private final int[] order;
  private int run;
  private int size;

  Reachability(GraphIndex graph) {
    this.graph = graph;
    int nodes = graph.nodeCount();
    stamp = new int[nodes];
    parentEdge = new int[nodes];
    depth = new int[nodes];
    conditional = new boolean[nodes];
    order = new int[nodes];
  }

  /** Visits everything reachable from {@code starts}; returns how many nodes it reached. */
  int run(int[] starts, boolean forward, ReachOptions options) {
    return run(starts, forward, options, true);
  }

  /**
   * As {@link #run(int[], boolean, ReachOptions)}; with {@code unconditionalFirst} false it is a
   * plain breadth-first search, so every depth is the fewest hops (for shortest paths).
   */
  int run(int[] starts, boolean forward, ReachOptions options, boolean unconditionalFirst) {
    if (++run == Integer.MAX_VALUE) {
      Arrays.fill(stamp, 0);
      run = 1;
    }
    size = 0;
    for (int start : starts) {
      if (stamp[start] != run) {
        visit(start, GraphIndex.NONE, 0, false);
      }
    }
    if (unconditionalFirst || !options.followConditional()) {
      expand(0, forward, options, false);
    }
    if (options.followConditional()) {
      expand(0, forward, options, true);
    }
    return size;
  }

  private void expand(int head, boolean forward, ReachOptions options, boolean withConditions) {
    int[] start = forward ? graph.outStart : graph.inStart;
    int[] edges = forward ? graph.outEdges : graph.inEdges;
    int[] ends = forward ? graph.edgeTo : graph.edgeFrom;
    for (int q = head; q < size; q++) {
      int n = order[q];
      if (depth[n] >= options.maxDepth()) {
        continue;
      }
      for (int i = start[n]; i < start[n + 1]; i++) {
        int e = edges[i];
        boolean conditioned = graph.conditional(e);
        if (conditioned && !withConditions) {
          continue;
        }
        int next = ends[e];
        if (stamp[next] != run) {
          visit(next, e, depth[n] + 1, conditional[n] || conditioned);
        }
      }
    }
  }

  private void visit(int n, int viaEdge, int hops, boolean viaCondition) {
    stamp[n] = run;
    parentEdge[n] = viaEdge;
    depth[n] = hops;
    conditional[n] = viaCondition;
    order[size++] = n;
  }

  /** The i-th node reached, in visiting order (starts first). */
  int reached(int i) {
    return order[i];
  }

  boolean visited(int n) {
    return stamp[n] == run;
  }

  int parentEdge(int n) {
    return parentEdge[n];
  }

  int depth(int n) {
    return depth[n];
  }

  boolean conditional(int n) {
    return conditional[n];
  }
}
