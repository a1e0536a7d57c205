package io.keyward.model.graph;

import io.keyward.model.cache.EstateRepository;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The delegation graph of the estate in compact, int-indexed arrays: every principal is a node
 * number, delegation edges are kept in both directions as offset arrays (CSR), and each node's
 * grants are a slice of parallel int columns whose strings are interned. At the {@code large} scale
 * (100k identities, 1M grants) it holds in a few tens of MB; see ADR 0008 for the figures and why
 * this is not a general graph library's object graph.
 *
 * <p>Immutable once built and safe to query from several threads. Ids in and out are cache ids.
 */
public final class GraphIndex {
  static final int NONE = -1;
  static final int NO_TIME = Integer.MIN_VALUE;
  private static final IdentityKind[] KINDS = IdentityKind.values();
  private static final DelegationKind[] EDGE_KINDS = DelegationKind.values();
  private static final Privilege[] PRIVILEGES = Privilege.values();
  private static final Severity[] SEVERITIES = Severity.values();

  final Instant asOf;
  final StringTable texts;

  // Nodes.
  final String[] nodeIds;
  final String[] nodeNames;
  final byte[] nodeKinds;
  final int[] nodeSources;
  final boolean[] nodeEnabled;
  final @Nullable String[] nodeOwners;
  private final Map<String, Integer> nodeById;

  // Delegation edges, and their offsets per node in both directions.
  final String[] edgeIds;
  final int[] edgeFrom;
  final int[] edgeTo;
  final byte[] edgeKinds;
  final int[] edgeScopes;
  final int[] edgeConditions;
  final int[] edgeAdmissions;
  final List<String[]> scopeSets;
  final int[] outStart;
  final int[] outEdges;
  final int[] inStart;
  final int[] inEdges;

  // Grants, grouped by holder: node n holds grants grantStart[n] until grantStart[n + 1].
  final int[] grantStart;
  final int[] grantPermissions;
  final int[] grantResources;
  final byte[] grantPrivileges;
  final byte[] grantOrigins;
  final int[] grantConditions;
  final int[] grantLastUsed;

  /** Each grant's (permission, resource pattern) pair, numbered 0 until {@link #pairCount}. */
  final int[] grantPairs;

  final int pairCount;

  final ResourceCatalog resources;
  private final Facts facts;

  // Query results share these immutable views; filled on first use. A race only builds one twice:
  // records have final fields, so any thread sees them whole.
  private final @Nullable GraphNode[] nodeViews;
  private final @Nullable GraphEdge[] edgeViews;

  /** Per grant, the resources it covers: a few shared arrays, so a reference per grant. */
  private final int[] @Nullable [] grantCoverage;

  GraphIndex(GraphIndexBuilder.Parts parts) {
    this.asOf = parts.asOf;
    this.texts = parts.texts;
    this.nodeIds = parts.nodeIds;
    this.nodeNames = parts.nodeNames;
    this.nodeKinds = parts.nodeKinds;
    this.nodeSources = parts.nodeSources;
    this.nodeEnabled = parts.nodeEnabled;
    this.nodeOwners = parts.nodeOwners;
    this.nodeById = parts.nodeById;
    this.edgeIds = parts.edgeIds;
    this.edgeFrom = parts.edgeFrom;
    this.edgeTo = parts.edgeTo;
    this.edgeKinds = parts.edgeKinds;
    this.edgeScopes = parts.edgeScopes;
    this.edgeConditions = parts.edgeConditions;
    this.edgeAdmissions = parts.edgeAdmissions;
    this.scopeSets = parts.scopeSets;
    this.grantStart = parts.grantStart;
    this.grantPermissions = parts.grantPermissions;
    this.grantResources = parts.grantResources;
    this.grantPrivileges = parts.grantPrivileges;
    this.grantOrigins = parts.grantOrigins;
    this.grantConditions = parts.grantConditions;
    this.grantLastUsed = parts.grantLastUsed;
    this.grantPairs = parts.grantPairs;
    this.pairCount = parts.pairCount;
    this.resources = parts.resources;
    this.facts = parts.facts;
    int nodes = nodeIds.length;
    this.nodeViews = new GraphNode[nodes];
    this.edgeViews = new GraphEdge[edgeFrom.length];
    this.grantCoverage = new int[grantPermissions.length][];
    this.outStart = new int[nodes + 1];
    this.outEdges = new int[edgeFrom.length];
    this.inStart = new int[nodes + 1];
    this.inEdges = new int[edgeFrom.length];
    offsets(edgeFrom, outStart, outEdges);
    offsets(edgeTo, inStart, inEdges);
  }

  /** Reads the cache once and builds the index; {@code asOf} is "now" for expiry and ages. */
  public static GraphIndex load(EstateRepository repository, Instant asOf) {
    GraphIndexBuilder builder = new GraphIndexBuilder(asOf);
    repository.streamForAnalysis(builder);
    return builder.build();
  }

  /** Groups edge numbers by their end node (a counting sort), in edge order within a node. */
  private static void offsets(int[] ends, int[] start, int[] edges) {
    for (int end : ends) {
      start[end + 1]++;
    }
    for (int n = 0; n < start.length - 1; n++) {
      start[n + 1] += start[n];
    }
    int[] next = Arrays.copyOf(start, start.length - 1);
    for (int e = 0; e < ends.length; e++) {
      edges[next[ends[e]]++] = e;
    }
  }

  public Instant asOf() {
    return asOf;
  }

  public int nodeCount() {
    return nodeIds.length;
  }

  public int edgeCount() {
    return edgeFrom.length;
  }

  public int grantCount() {
    return grantPermissions.length;
  }

  public int resourceCount() {
    return resources.size();
  }

  public Optional<GraphNode> node(String id) {
    Integer n = nodeById.get(id);
    return n == null ? Optional.empty() : Optional.of(node(n));
  }

  /** Every node, identities and external principals, in index order. */
  public List<GraphNode> nodes() {
    List<GraphNode> all = new ArrayList<>(nodeIds.length);
    for (int n = 0; n < nodeIds.length; n++) {
      all.add(node(n));
    }
    return all;
  }

  /** The delegation edges out of {@code id} (what it can act through). */
  public List<GraphEdge> outgoing(String id) {
    return edgesAt(id, outStart, outEdges);
  }

  /** The delegation edges into {@code id} (who can act through it). */
  public List<GraphEdge> incoming(String id) {
    return edgesAt(id, inStart, inEdges);
  }

  private List<GraphEdge> edgesAt(String id, int[] start, int[] edges) {
    int n = indexOf(id);
    if (n == NONE) {
      return List.of();
    }
    List<GraphEdge> found = new ArrayList<>();
    for (int i = start[n]; i < start[n + 1]; i++) {
      found.add(edge(edges[i]));
    }
    return found;
  }

  /** Risk facts of an identity; all zero for an external principal. */
  public IdentityFacts facts(String id) {
    int n = indexOf(id);
    if (n == NONE) {
      throw new IllegalArgumentException("no node " + id + " in the graph");
    }
    return facts.of(n, this);
  }

  int indexOf(String id) {
    Integer n = nodeById.get(id);
    return n == null ? NONE : n;
  }

  GraphNode node(int n) {
    GraphNode view = nodeViews[n];
    if (view == null) {
      view = nodeView(n);
      nodeViews[n] = view;
    }
    return view;
  }

  private GraphNode nodeView(int n) {
    int kind = nodeKinds[n];
    int source = nodeSources[n];
    return new GraphNode(
        nodeIds[n],
        nodeNames[n],
        kind == NONE ? null : KINDS[kind],
        source == NONE ? null : texts.get(source),
        nodeEnabled[n],
        nodeOwners[n]);
  }

  @Nullable IdentityKind kindOf(int n) {
    return nodeKinds[n] == NONE ? null : KINDS[nodeKinds[n]];
  }

  @Nullable String sourceOf(int n) {
    return nodeSources[n] == NONE ? null : texts.get(nodeSources[n]);
  }

  GraphEdge edge(int e) {
    GraphEdge view = edgeViews[e];
    if (view == null) {
      view = edgeView(e);
      edgeViews[e] = view;
    }
    return view;
  }

  private GraphEdge edgeView(int e) {
    return new GraphEdge(
        edgeIds[e],
        nodeIds[edgeFrom[e]],
        nodeIds[edgeTo[e]],
        EDGE_KINDS[edgeKinds[e]],
        List.of(scopeSets.get(edgeScopes[e])),
        text(edgeConditions[e]),
        text(edgeAdmissions[e]));
  }

  String[] scopeOf(int e) {
    return scopeSets.get(edgeScopes[e]);
  }

  boolean conditional(int e) {
    return edgeConditions[e] != NONE;
  }

  @Nullable String text(int id) {
    return id == NONE ? null : texts.get(id);
  }

  Privilege privilegeOf(int grant) {
    return PRIVILEGES[grantPrivileges[grant]];
  }

  GrantOrigin originOf(int grant) {
    return GrantOrigin.values()[grantOrigins[grant]];
  }

  Resource resource(int r) {
    return resources.get(r);
  }

  /** Resources covered by grant {@code g} of holder {@code n}. */
  int[] coveredBy(int g, int n) {
    int[] covered = grantCoverage[g];
    if (covered == null) {
      covered = resources.covered(grantResources[g], nodeSources[n], texts);
      grantCoverage[g] = covered;
    }
    return covered;
  }

  static Severity severity(int ordinal) {
    return SEVERITIES[ordinal];
  }

  /** Per-node facts for risk, kept as columns like the rest. */
  static final class Facts {
    final int[] staticCredentials;
    final int[] oldestStaticCreated;
    final int[] longestLifetime;
    final int[] openAlerts;
    final byte[] worstAlert;
    final int[] lineageOutputs;

    Facts(int nodes) {
      staticCredentials = new int[nodes];
      oldestStaticCreated = new int[nodes];
      longestLifetime = new int[nodes];
      openAlerts = new int[nodes];
      worstAlert = new byte[nodes];
      lineageOutputs = new int[nodes];
      Arrays.fill(oldestStaticCreated, NO_TIME);
      Arrays.fill(longestLifetime, NO_TIME);
      Arrays.fill(worstAlert, (byte) NONE);
    }

    IdentityFacts of(int n, GraphIndex index) {
      int now = minutes(index.asOf);
      int unusedBefore = now - (int) IdentityFacts.UNUSED_AFTER.toMinutes();
      int unused = 0;
      for (int g = index.grantStart[n]; g < index.grantStart[n + 1]; g++) {
        int used = index.grantLastUsed[g];
        if (used == NO_TIME || used < unusedBefore) {
          unused++;
        }
      }
      return new IdentityFacts(
          index.grantStart[n + 1] - index.grantStart[n],
          unused,
          staticCredentials[n],
          oldestStaticCreated[n] == NO_TIME
              ? null
              : Duration.ofMinutes(now - (long) oldestStaticCreated[n]),
          longestLifetime[n] == NO_TIME ? null : Duration.ofMinutes(longestLifetime[n]),
          openAlerts[n],
          worstAlert[n] == NONE ? null : severity(worstAlert[n]),
          lineageOutputs[n]);
    }
  }

  static int minutes(Instant instant) {
    return Math.toIntExact(instant.getEpochSecond() / 60);
  }
}
