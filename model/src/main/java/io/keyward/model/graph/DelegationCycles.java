package io.keyward.model.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DirectedMultigraph;

/**
 * Finds delegation cycles. Principals without incoming or without outgoing hops cannot be on a
 * cycle; peeling them off repeatedly leaves the (usually tiny) core, on which JGraphT finds the
 * strongly connected components. Each component of two or more principals is one cycle group.
 */
public final class DelegationCycles {
  private final GraphIndex graph;

  public DelegationCycles(GraphIndex graph) {
    this.graph = graph;
  }

  public List<DelegationCycle> find() {
    boolean[] core = core();
    Graph<Integer, Integer> sub = new DirectedMultigraph<>(null, null, false);
    for (int n = 0; n < core.length; n++) {
      if (core[n]) {
        sub.addVertex(n);
      }
    }
    for (int e = 0; e < graph.edgeCount(); e++) {
      if (core[graph.edgeFrom[e]] && core[graph.edgeTo[e]]) {
        sub.addEdge(graph.edgeFrom[e], graph.edgeTo[e], e);
      }
    }
    List<DelegationCycle> cycles = new ArrayList<>();
    for (Set<Integer> component :
        new KosarajuStrongConnectivityInspector<>(sub).stronglyConnectedSets()) {
      if (component.size() < 2) {
        continue;
      }
      List<Integer> members = new ArrayList<>(component);
      members.sort(Comparator.comparing(n -> graph.nodeIds[n]));
      cycles.add(
          new DelegationCycle(
              members.stream().map(n -> graph.nodeIds[n]).toList(),
              cycleThrough(members.get(0), component)));
    }
    cycles.sort(Comparator.comparing(c -> c.members().get(0)));
    return cycles;
  }

  /** Peels off nodes with no incoming or no outgoing hop among those left, until none is. */
  private boolean[] core() {
    int nodes = graph.nodeCount();
    int[] in = new int[nodes];
    int[] out = new int[nodes];
    for (int e = 0; e < graph.edgeCount(); e++) {
      out[graph.edgeFrom[e]]++;
      in[graph.edgeTo[e]]++;
    }
    boolean[] core = new boolean[nodes];
    Deque<Integer> peel = new ArrayDeque<>();
    for (int n = 0; n < nodes; n++) {
      core[n] = true;
      if (in[n] == 0 || out[n] == 0) {
        peel.add(n);
      }
    }
    while (!peel.isEmpty()) {
      int n = peel.poll();
      if (!core[n]) {
        continue;
      }
      core[n] = false;
      for (int i = graph.outStart[n]; i < graph.outStart[n + 1]; i++) {
        int next = graph.edgeTo[graph.outEdges[i]];
        if (core[next] && --in[next] == 0) {
          peel.add(next);
        }
      }
      for (int i = graph.inStart[n]; i < graph.inStart[n + 1]; i++) {
        int prev = graph.edgeFrom[graph.inEdges[i]];
        if (core[prev] && --out[prev] == 0) {
          peel.add(prev);
        }
      }
    }
    return core;
  }

  /** The shortest way from {@code start} back to itself inside its component. */
  private List<GraphEdge> cycleThrough(int start, Set<Integer> component) {
    int[] parent = new int[graph.nodeCount()];
    java.util.Arrays.fill(parent, GraphIndex.NONE);
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(start);
    int closing = GraphIndex.NONE;
    while (!queue.isEmpty() && closing == GraphIndex.NONE) {
      int n = queue.poll();
      for (int i = graph.outStart[n]; i < graph.outStart[n + 1]; i++) {
        int e = graph.outEdges[i];
        int next = graph.edgeTo[e];
        if (next == start) {
          closing = e;
          break;
        }
        if (component.contains(next) && parent[next] == GraphIndex.NONE) {
          parent[next] = e;
          queue.add(next);
        }
      }
    }
    List<GraphEdge> hops = new ArrayList<>();
    for (int e = closing; e != GraphIndex.NONE; e = parent[graph.edgeFrom[e]]) {
      hops.add(graph.edge(e));
      if (graph.edgeFrom[e] == start) {
        break;
      }
    }
    Collections.reverse(hops);
    return hops;
  }
}
