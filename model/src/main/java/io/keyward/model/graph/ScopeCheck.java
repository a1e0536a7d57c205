package io.keyward.model.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The per-hop scope rule: what an identity exercises at hop n+1 must lie within what it received at
 * hop n. A hop's scope is what its delegation lets pass; an empty scope is unrestricted, so after
 * an unrestricted hop nothing can widen, and an unrestricted next hop exercises all the permissions
 * its target holds. A received entry covers an exercised one when it is equal or matches it as an
 * IAM-style wildcard ({@code *}, {@code s3:*}), ignoring case.
 */
final class ScopeCheck {
  private final GraphIndex graph;

  ScopeCheck(GraphIndex graph) {
    this.graph = graph;
  }

  /** What edge {@code next} exercises beyond what {@code received} passed; empty if nothing. */
  List<String> extra(int received, int next) {
    String[] given = graph.scopeOf(received);
    if (given.length == 0) {
      return List.of();
    }
    List<String> extra = new ArrayList<>();
    for (String wanted : exercised(next)) {
      if (!covered(given, wanted)) {
        extra.add(wanted);
      }
    }
    return extra;
  }

  /** The edge's own scope, or, when it is unrestricted, every permission its target holds. */
  private String[] exercised(int e) {
    String[] scope = graph.scopeOf(e);
    if (scope.length > 0) {
      return scope;
    }
    int target = graph.edgeTo[e];
    TreeSet<String> held = new TreeSet<>();
    for (int g = graph.grantStart[target]; g < graph.grantStart[target + 1]; g++) {
      held.add(graph.texts.get(graph.grantPermissions[g]));
    }
    return held.toArray(new String[0]);
  }

  private static boolean covered(String[] given, String wanted) {
    for (String scope : given) {
      if (Glob.matchesIgnoringCase(scope, wanted)) {
        return true;
      }
    }
    return false;
  }

  /** The escalations along a chain of edges, in hop order. */
  List<Escalation> along(int[] chain) {
    List<Escalation> found = new ArrayList<>();
    for (int i = 1; i < chain.length; i++) {
      List<String> extra = extra(chain[i - 1], chain[i]);
      if (!extra.isEmpty()) {
        found.add(
            new Escalation(
                i + 1, graph.edge(chain[i - 1]), graph.edge(chain[i]), extra, edges(chain)));
      }
    }
    return found;
  }

  List<GraphEdge> edges(int[] chain) {
    List<GraphEdge> edges = new ArrayList<>(chain.length);
    for (int e : chain) {
      edges.add(graph.edge(e));
    }
    return edges;
  }
}
