package io.keyward.model.graph;

import io.keyward.model.domain.Privilege;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Computes blast radii: from a principal along every delegation hop, collecting what each reached
 * principal holds and which resources that covers. One instance per thread (it reuses its search
 * arrays); create it once to score or benchmark many identities.
 */
public final class BlastRadii {
  private static final Privilege[] PRIVILEGES = Privilege.values();

  private final GraphIndex graph;
  private final Reachability search;

  /** Per (permission, resource) pair: the run that last saw it, and its holding in that run. */
  private final int[] pairSeen;

  private final int[] pairHolding;

  /** Per resource: the run that last covered it, and its entry in that run. */
  private final int[] resourceSeen;

  private final int[] resourceCovered;
  private int run;

  public BlastRadii(GraphIndex graph) {
    this.graph = graph;
    this.search = new Reachability(graph);
    this.pairSeen = new int[graph.pairCount];
    this.pairHolding = new int[graph.pairCount];
    this.resourceSeen = new int[graph.resourceCount()];
    this.resourceCovered = new int[graph.resourceCount()];
  }

  /**
   * @throws IllegalArgumentException when the graph has no node {@code id}
   */
  public BlastRadius of(String id, ReachOptions options) {
    int start = graph.indexOf(id);
    if (start == GraphIndex.NONE) {
      throw new IllegalArgumentException("no principal " + id + " in the delegation graph");
    }
    int count = search.run(new int[] {start}, true, options);
    List<ReachedIdentity> identities = new ArrayList<>(count);
    List<Holding> holdings = new ArrayList<>();
    if (++run == Integer.MAX_VALUE) {
      Arrays.fill(pairSeen, 0);
      Arrays.fill(resourceSeen, 0);
      run = 1;
    }
    for (int i = 0; i < count; i++) {
      int n = search.reached(i);
      int via = search.parentEdge(n);
      boolean conditional = search.conditional(n);
      identities.add(
          new ReachedIdentity(
              graph.node(n),
              search.depth(n),
              via == GraphIndex.NONE ? null : graph.edge(via),
              conditional));
      for (int g = graph.grantStart[n]; g < graph.grantStart[n + 1]; g++) {
        int pair = graph.grantPairs[g];
        if (pairSeen[pair] != run) {
          pairSeen[pair] = run;
          pairHolding[pair] = holdings.size();
          holdings.add(new Holding(g, n, conditional, graph.grantPrivileges[g]));
        } else {
          Holding held = holdings.get(pairHolding[pair]);
          held.privilege = (byte) Math.max(held.privilege, graph.grantPrivileges[g]);
        }
      }
    }
    List<EffectiveGrant> grants = new ArrayList<>(holdings.size());
    List<Covered> covered = new ArrayList<>();
    for (Holding held : holdings) {
      int g = held.grant;
      String permission = graph.texts.get(graph.grantPermissions[g]);
      grants.add(
          new EffectiveGrant(
              permission,
              graph.texts.get(graph.grantResources[g]),
              PRIVILEGES[held.privilege],
              graph.nodeIds[held.holder],
              graph.text(graph.grantConditions[g]),
              held.conditionalPath));
      boolean conditional = held.conditionalPath || graph.grantConditions[g] != GraphIndex.NONE;
      for (int r : graph.coveredBy(g, held.holder)) {
        if (resourceSeen[r] != run) {
          resourceSeen[r] = run;
          resourceCovered[r] = covered.size();
          covered.add(new Covered(r, held.holder, conditional));
        }
        covered.get(resourceCovered[r]).add(permission, held.privilege, conditional);
      }
    }
    List<ReachedResource> resources = new ArrayList<>(covered.size());
    for (Covered c : covered) {
      resources.add(
          new ReachedResource(
              graph.resource(c.resource),
              PRIVILEGES[c.privilege],
              c.permissions,
              graph.nodeIds[c.holder],
              c.conditional));
    }
    return new BlastRadius(graph.node(start), identities, grants, resources);
  }

  /**
   * How many hops separate {@code id} from the farthest principal that can act through it (by the
   * shortest way from each): 0 when nobody delegates to it.
   */
  public int delegationDepth(String id) {
    int n = graph.indexOf(id);
    if (n == GraphIndex.NONE) {
      throw new IllegalArgumentException("no principal " + id + " in the delegation graph");
    }
    int count = search.run(new int[] {n}, false, ReachOptions.ALL);
    int deepest = 0;
    for (int i = 0; i < count; i++) {
      deepest = Math.max(deepest, search.depth(search.reached(i)));
    }
    return deepest;
  }

  /** Everything reachable with full options; see {@link #of(String, ReachOptions)}. */
  public BlastRadius of(String id) {
    return of(id, ReachOptions.ALL);
  }

  /** The first grant seen for a permission and resource pattern, and the most any grants it. */
  private static final class Holding {
    final int grant;
    final int holder;
    final boolean conditionalPath;
    byte privilege;

    Holding(int grant, int holder, boolean conditionalPath, byte privilege) {
      this.grant = grant;
      this.holder = holder;
      this.conditionalPath = conditionalPath;
      this.privilege = privilege;
    }
  }

  private static final class Covered {
    final int resource;
    final int holder;
    final List<String> permissions = new ArrayList<>(2);
    byte privilege;
    boolean conditional;

    Covered(int resource, int holder, boolean conditional) {
      this.resource = resource;
      this.holder = holder;
      this.conditional = conditional;
    }

    void add(String permission, byte privilege, boolean viaCondition) {
      if (!permissions.contains(permission)) {
        permissions.add(permission);
      }
      this.privilege = (byte) Math.max(this.privilege, privilege);
      conditional &= viaCondition;
    }
  }
}
