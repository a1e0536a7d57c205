package io.keyward.model.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds every hop in the graph that widens scope. The rule looks at two consecutive hops at a time
 * (what an identity received, what it then exercises), so one pass over each node's incoming and
 * outgoing edges finds them all without enumerating chains; each is reported with a chain that
 * leads to it, traced back to a first delegator.
 */
public final class Escalations {
  /** How far back the example chain of an escalation is traced. */
  static final int TRACE_BACK = 8;

  private final GraphIndex graph;
  private final ScopeCheck check;

  public Escalations(GraphIndex graph) {
    this.graph = graph;
    this.check = new ScopeCheck(graph);
  }

  /** Every widening hop, ordered by the identity that widens, then by edge. */
  public List<Escalation> all() {
    List<Escalation> found = new ArrayList<>();
    for (int n = 0; n < graph.nodeCount(); n++) {
      for (int i = graph.inStart[n]; i < graph.inStart[n + 1]; i++) {
        int received = graph.inEdges[i];
        if (graph.scopeOf(received).length == 0) {
          continue;
        }
        for (int j = graph.outStart[n]; j < graph.outStart[n + 1]; j++) {
          int next = graph.outEdges[j];
          if (graph.edgeTo[next] == graph.edgeFrom[received]) {
            continue;
          }
          List<String> extra = check.extra(received, next);
          if (!extra.isEmpty()) {
            int[] chain = traceBack(received, next);
            found.add(
                new Escalation(
                    chain.length,
                    graph.edge(received),
                    graph.edge(next),
                    extra,
                    check.edges(chain)));
          }
        }
      }
    }
    return found;
  }

  /** The identity ids that widen a scope somewhere, for ranking and highlighting. */
  public Set<String> wideners() {
    Set<String> ids = new HashSet<>();
    for (Escalation escalation : all()) {
      ids.add(escalation.widenedBy());
    }
    return ids;
  }

  /** A chain ending in {@code received, next}, extended backwards along first incoming hops. */
  private int[] traceBack(int received, int next) {
    List<Integer> back = new ArrayList<>();
    Set<Integer> onChain = new HashSet<>();
    onChain.add(graph.edgeTo[next]);
    onChain.add(graph.edgeTo[received]);
    int at = graph.edgeFrom[received];
    onChain.add(at);
    while (back.size() < TRACE_BACK) {
      int step = GraphIndex.NONE;
      for (int i = graph.inStart[at]; i < graph.inStart[at + 1]; i++) {
        int e = graph.inEdges[i];
        if (!onChain.contains(graph.edgeFrom[e])) {
          step = e;
          break;
        }
      }
      if (step == GraphIndex.NONE) {
        break;
      }
      back.add(0, step);
      at = graph.edgeFrom[step];
      onChain.add(at);
    }
    int[] chain = new int[back.size() + 2];
    for (int i = 0; i < back.size(); i++) {
      chain[i] = back.get(i);
    }
    chain[back.size()] = received;
    chain[back.size() + 1] = next;
    return chain;
  }
}
