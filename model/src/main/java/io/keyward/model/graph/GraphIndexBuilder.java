package io.keyward.model.graph;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Collects the estate item by item (it is an {@link EstateSink}, so the cache, the demo generator
 * or a test can feed it) and builds the {@link GraphIndex}. Items may arrive in any order. A
 * delegation that expired before {@code asOf} is left out: nobody can act through it any more.
 * Access events are ignored.
 */
public final class GraphIndexBuilder implements EstateSink {
  private final Instant asOf;
  private final StringTable texts = new StringTable();

  private final Map<String, Integer> nodeById = new HashMap<>();
  private final List<String> nodeIds = new ArrayList<>();
  private final List<String> nodeNames = new ArrayList<>();
  private final GrowableInts nodeKinds = new GrowableInts();
  private final GrowableInts nodeSources = new GrowableInts();
  private final GrowableInts nodeEnabled = new GrowableInts();
  private final List<@Nullable String> nodeOwners = new ArrayList<>();
  private final Map<Integer, String> arns = new HashMap<>();

  private final List<String> edgeIds = new ArrayList<>();
  private final GrowableInts edgeFrom = new GrowableInts();
  private final GrowableInts edgeTo = new GrowableInts();
  private final GrowableInts edgeKinds = new GrowableInts();
  private final GrowableInts edgeScopes = new GrowableInts();
  private final GrowableInts edgeConditions = new GrowableInts();
  private final GrowableInts edgeAdmissions = new GrowableInts();
  private final Map<List<String>, Integer> scopeIds = new HashMap<>();
  private final List<String[]> scopeSets = new ArrayList<>();

  private final GrowableInts grantHolders = new GrowableInts();
  private final GrowableInts grantPermissions = new GrowableInts();
  private final GrowableInts grantResources = new GrowableInts();
  private final GrowableInts grantPrivileges = new GrowableInts();
  private final GrowableInts grantOrigins = new GrowableInts();
  private final GrowableInts grantConditions = new GrowableInts();
  private final GrowableInts grantLastUsed = new GrowableInts();

  private final List<Resource> resources = new ArrayList<>();
  private final List<Credential> credentials = new ArrayList<>();
  private final List<Alert> alerts = new ArrayList<>();
  private final Map<String, Set<String>> lineageOutputs = new HashMap<>();

  public GraphIndexBuilder(Instant asOf) {
    this.asOf = asOf;
  }

  @Override
  public void add(Identity identity) {
    int n = node(identity.id());
    nodeNames.set(n, identity.name());
    nodeKinds.set(n, identity.kind().ordinal());
    nodeSources.set(n, texts.intern(identity.sourceId()));
    nodeEnabled.set(n, identity.enabled() ? 1 : 0);
    nodeOwners.set(n, identity.ownerId());
    if (AwsTrust.isArn(identity.externalId())) {
      arns.put(n, identity.externalId());
    }
  }

  @Override
  public void add(Credential credential) {
    // Kept whole: there are few per identity and they resolve alert subjects at build time.
    credentials.add(credential);
  }

  @Override
  public void add(Grant grant) {
    grantHolders.add(node(grant.principalId()));
    grantPermissions.add(texts.intern(grant.permission()));
    grantResources.add(texts.intern(grant.resource()));
    grantPrivileges.add(grant.privilege().ordinal());
    grantOrigins.add(grant.origin().ordinal());
    grantConditions.add(texts.internNullable(grant.condition()));
    grantLastUsed.add(
        grant.lastUsedAt() == null ? GraphIndex.NO_TIME : GraphIndex.minutes(grant.lastUsedAt()));
  }

  @Override
  public void add(Delegation delegation) {
    if (delegation.expiresAt() != null && !delegation.expiresAt().isAfter(asOf)) {
      return;
    }
    addEdge(
        delegation.id(),
        node(delegation.fromId()),
        node(delegation.toId()),
        delegation.kind(),
        delegation.scope(),
        texts.internNullable(delegation.condition()),
        GraphIndex.NONE);
  }

  @Override
  public void add(Resource resource) {
    resources.add(resource);
  }

  @Override
  public void add(LineageRecord record) {
    if (record.identityId() != null) {
      lineageOutputs
          .computeIfAbsent(record.identityId(), id -> new HashSet<>())
          .addAll(record.outputIds());
    }
  }

  @Override
  public void add(AccessEvent event) {
    // Events say what happened, not what may happen: the graph has no use for them.
  }

  @Override
  public void add(Alert alert) {
    if (alert.status() == AlertStatus.OPEN) {
      alerts.add(alert);
    }
  }

  public GraphIndex build() {
    Parts parts = new Parts();
    parts.asOf = asOf;
    parts.texts = texts;
    int nodes = nodeIds.size();
    parts.nodeById = nodeById;
    parts.nodeIds = nodeIds.toArray(new String[0]);
    parts.nodeNames = nodeNames.toArray(new String[0]);
    parts.nodeKinds = bytes(nodeKinds);
    parts.nodeSources = nodeSources.toArray();
    parts.nodeEnabled = new boolean[nodes];
    for (int n = 0; n < nodes; n++) {
      parts.nodeEnabled[n] = nodeEnabled.get(n) != 0;
    }
    parts.nodeOwners = nodeOwners.toArray(new String[0]);
    groupGrants(parts);
    Set<Integer> refused = new HashSet<>();
    for (AwsTrust.Admission admission :
        new AwsTrust(parts, arns, memberships())
            .admissions(edgeIds.size(), edgeFrom::get, edgeTo::get, edgeKinds::get)) {
      if (admission.from() == GraphIndex.NONE) {
        refused.add(admission.edge());
      } else {
        admit(admission);
      }
    }
    int[] kept = IntStream.range(0, edgeIds.size()).filter(e -> !refused.contains(e)).toArray();
    parts.edgeIds = Arrays.stream(kept).mapToObj(edgeIds::get).toArray(String[]::new);
    parts.edgeFrom = pick(edgeFrom, kept);
    parts.edgeTo = pick(edgeTo, kept);
    parts.edgeKinds = bytes(pick(edgeKinds, kept));
    parts.edgeScopes = pick(edgeScopes, kept);
    parts.edgeConditions = pick(edgeConditions, kept);
    parts.edgeAdmissions = pick(edgeAdmissions, kept);
    parts.scopeSets = List.copyOf(scopeSets);
    parts.resources = new ResourceCatalog(resources);
    parts.facts = facts(nodes);
    return new GraphIndex(parts);
  }

  /** Adds the edge a trust rule admits, from the admitted principal to the role. */
  private void admit(AwsTrust.Admission admission) {
    int e = admission.edge();
    addEdge(
        edgeIds.get(e),
        admission.from(),
        edgeTo.get(e),
        DelegationKind.ASSUME_ROLE,
        List.of(scopeSets.get(edgeScopes.get(e))),
        edgeConditions.get(e),
        texts.intern(admission.reason()));
  }

  private void addEdge(
      String id,
      int from,
      int to,
      DelegationKind kind,
      List<String> scope,
      int condition,
      int admission) {
    edgeIds.add(id);
    edgeFrom.add(from);
    edgeTo.add(to);
    edgeKinds.add(kind.ordinal());
    edgeScopes.add(scopeId(scope));
    edgeConditions.add(condition);
    edgeAdmissions.add(admission);
  }

  private int scopeId(List<String> scope) {
    Integer id = scopeIds.get(scope);
    if (id == null) {
      id = scopeSets.size();
      scopeIds.put(List.copyOf(scope), id);
      scopeSets.add(scope.toArray(new String[0]));
    }
    return id;
  }

  private int node(String id) {
    Integer n = nodeById.get(id);
    if (n != null) {
      return n;
    }
    int next = nodeIds.size();
    nodeById.put(id, next);
    nodeIds.add(id);
    nodeNames.add(id);
    nodeKinds.add(GraphIndex.NONE);
    nodeSources.add(GraphIndex.NONE);
    nodeEnabled.add(1);
    nodeOwners.add(null);
    return next;
  }

  /** Orders the grant columns by holder (a counting sort) so each node's grants are a slice. */
  private void groupGrants(Parts parts) {
    int nodes = nodeIds.size();
    int count = grantHolders.size();
    int[] start = new int[nodes + 1];
    for (int g = 0; g < count; g++) {
      start[grantHolders.get(g) + 1]++;
    }
    for (int n = 0; n < nodes; n++) {
      start[n + 1] += start[n];
    }
    int[] next = Arrays.copyOf(start, nodes);
    parts.grantStart = start;
    parts.grantPermissions = new int[count];
    parts.grantResources = new int[count];
    parts.grantPrivileges = new byte[count];
    parts.grantOrigins = new byte[count];
    parts.grantConditions = new int[count];
    parts.grantLastUsed = new int[count];
    parts.grantPairs = new int[count];
    Map<Long, Integer> pairs = new HashMap<>();
    for (int g = 0; g < count; g++) {
      int at = next[grantHolders.get(g)]++;
      parts.grantPermissions[at] = grantPermissions.get(g);
      parts.grantResources[at] = grantResources.get(g);
      parts.grantPrivileges[at] = (byte) grantPrivileges.get(g);
      parts.grantOrigins[at] = (byte) grantOrigins.get(g);
      parts.grantConditions[at] = grantConditions.get(g);
      parts.grantLastUsed[at] = grantLastUsed.get(g);
      long pair = ((long) grantPermissions.get(g) << 32) | grantResources.get(g);
      parts.grantPairs[at] = pairs.computeIfAbsent(pair, x -> pairs.size());
    }
    parts.pairCount = pairs.size();
  }

  /** The groups each node is a direct member of. */
  private Map<Integer, List<Integer>> memberships() {
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int e = 0; e < edgeFrom.size(); e++) {
      if (edgeKinds.get(e) == DelegationKind.GROUP_MEMBERSHIP.ordinal()) {
        groups.computeIfAbsent(edgeFrom.get(e), n -> new ArrayList<>()).add(edgeTo.get(e));
      }
    }
    return groups;
  }

  private GraphIndex.Facts facts(int nodes) {
    GraphIndex.Facts facts = new GraphIndex.Facts(nodes);
    Map<String, Integer> holderOf = new HashMap<>();
    for (Credential credential : credentials) {
      Integer n = nodeById.get(credential.identityId());
      if (n == null) {
        continue;
      }
      holderOf.put(credential.id(), n);
      if (!credential.active()) {
        continue;
      }
      if (credential.isStatic()) {
        facts.staticCredentials[n]++;
        if (credential.createdAt() != null) {
          int created = GraphIndex.minutes(credential.createdAt());
          int oldest = facts.oldestStaticCreated[n];
          facts.oldestStaticCreated[n] =
              oldest == GraphIndex.NO_TIME ? created : Math.min(oldest, created);
        }
      } else {
        credential
            .lifetime()
            .ifPresent(
                life ->
                    facts.longestLifetime[n] =
                        Math.max(facts.longestLifetime[n], (int) life.toMinutes()));
      }
    }
    for (Alert alert : alerts) {
      Integer n = alert.identityId() == null ? null : nodeById.get(alert.identityId());
      if (n == null && alert.credentialId() != null) {
        n = holderOf.get(alert.credentialId());
      }
      if (n != null) {
        facts.openAlerts[n]++;
        facts.worstAlert[n] = (byte) Math.max(facts.worstAlert[n], alert.severity().ordinal());
      }
    }
    lineageOutputs.forEach(
        (id, outputs) -> {
          Integer n = nodeById.get(id);
          if (n != null) {
            facts.lineageOutputs[n] = outputs.size();
          }
        });
    return facts;
  }

  private static byte[] bytes(GrowableInts values) {
    return bytes(values.toArray());
  }

  private static byte[] bytes(int[] values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static int[] pick(GrowableInts column, int[] rows) {
    int[] picked = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      picked[i] = column.get(rows[i]);
    }
    return picked;
  }

  /** The columns handed to the index. */
  static final class Parts {
    Instant asOf = Instant.EPOCH;
    StringTable texts = new StringTable();
    Map<String, Integer> nodeById = Map.of();
    String[] nodeIds = {};
    String[] nodeNames = {};
    byte[] nodeKinds = {};
    int[] nodeSources = {};
    boolean[] nodeEnabled = {};
    @Nullable String[] nodeOwners = {};
    String[] edgeIds = {};
    int[] edgeFrom = {};
    int[] edgeTo = {};
    byte[] edgeKinds = {};
    int[] edgeScopes = {};
    int[] edgeConditions = {};
    int[] edgeAdmissions = {};
    List<String[]> scopeSets = List.of();
    int[] grantStart = {0};
    int[] grantPermissions = {};
    int[] grantResources = {};
    byte[] grantPrivileges = {};
    byte[] grantOrigins = {};
    int[] grantConditions = {};
    int[] grantLastUsed = {};
    int[] grantPairs = {};
    int pairCount;
    ResourceCatalog resources = new ResourceCatalog(List.of());
    GraphIndex.Facts facts = new GraphIndex.Facts(0);
  }
}
