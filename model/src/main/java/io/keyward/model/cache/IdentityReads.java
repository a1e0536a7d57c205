package io.keyward.model.cache;

import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The repository's reads about one identity: the identity, its detail, the slice its grants' use is
 * judged from, and its credentials, alerts and access events, each by indexed reads so they cost
 * the same at any estate size. Runs under the repository's lock.
 */
final class IdentityReads {
  /** How many grants the identity detail lists; it reports the full count beside them. */
  static final int DETAIL_GRANTS = 200;

  /** Most identities acting through one whose events a usage slice reads (group members...). */
  static final int USAGE_ACTORS = 50;

  /** Most events per identity (the newest) and resources a usage slice reads. */
  static final int USAGE_ROWS = 10_000;

  private final SqlReads reads;
  private final EstateReads estate;

  IdentityReads(SqlReads reads, EstateReads estate) {
    this.reads = reads;
    this.estate = estate;
  }

  Optional<Identity> identity(String id) {
    return reads.first(ItemTables.IDENTITIES, InventorySql.IDENTITIES_FROM, "i", "i.id", id);
  }

  List<Credential> credentialsOf(String identityId) {
    return reads.rows(
        ItemTables.CREDENTIALS,
        "c",
        new SqlWhere().equal("c.identity_id", identityId),
        "c.created_at, c.id",
        Integer.MAX_VALUE);
  }

  List<Alert> alertsAbout(@Nullable String identityId, Collection<String> credentialIds) {
    return reads.rows(
        ItemTables.ALERTS,
        "a",
        about("a", identityId, credentialIds),
        "a.time, a.id",
        Integer.MAX_VALUE);
  }

  List<AccessEvent> accessEventsAbout(
      @Nullable String identityId, Collection<String> credentialIds) {
    return reads.rows(
        ItemTables.ACCESS_EVENTS,
        "e",
        about("e", identityId, credentialIds),
        "e.time, e.id",
        Integer.MAX_VALUE);
  }

  /**
   * The grants {@code identityId} holds that a later sync of their source saw for the first time,
   * in the order they appeared.
   */
  List<GrantAddition> grantAdditions(String identityId) {
    return reads.list(
        "SELECT "
            + ItemTables.GRANTS.selectList("g")
            + ", seen.finished_at AS seen_at, (SELECT max(before.finished_at) FROM sync_runs before"
            + " WHERE before.source_id = g.source_id AND before.status = 'COMPLETED'"
            + " AND before.id < g.first_seen_run) AS not_before"
            + " FROM grants g JOIN sync_runs seen ON seen.id = g.first_seen_run",
        grantsWhere(identityId).and(InventorySql.ADDED_AFTER_FIRST_SYNC),
        "g.first_seen_run, g.rowid",
        rs ->
            new GrantAddition(
                ItemTables.GRANTS.reader().read(rs),
                SqlValues.requiredInstant(rs, "not_before"),
                SqlValues.requiredInstant(rs, "seen_at")));
  }

  Optional<IdentityDetail> identityDetail(String identityId) {
    Optional<Identity> found = identity(identityId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Identity identity = found.get();
    Source source =
        estate.sources().stream()
            .filter(s -> s.id().equals(identity.sourceId()))
            .findFirst()
            .orElseThrow();
    Identity owner = identity.ownerId() == null ? null : identity(identity.ownerId()).orElse(null);
    List<Credential> credentials = credentialsOf(identityId);
    List<Grant> grants = grantsOf(identityId);
    long grantCount = reads.count("grants g", grantsWhere(identityId));
    List<Delegation> inbound = delegations("to_id", identityId, Integer.MAX_VALUE);
    List<Delegation> outbound = delegations("from_id", identityId, Integer.MAX_VALUE);
    List<Alert> alerts =
        reads.rows(
            ItemTables.ALERTS,
            "a",
            new SqlWhere()
                .and(
                    "(a.identity_id = ? OR a.credential_id IN"
                        + " (SELECT id FROM credentials WHERE identity_id = ?))",
                    identityId,
                    identityId),
            "a.time DESC",
            Integer.MAX_VALUE);
    Set<String> referenced = new LinkedHashSet<>();
    referenced.add(identityId);
    grants.forEach(g -> referenced.add(g.viaId()));
    inbound.forEach(d -> referenced.add(d.fromId()));
    outbound.forEach(d -> referenced.add(d.toId()));
    referenced.remove(null);
    return Optional.of(
        new IdentityDetail(
            identity,
            source,
            owner,
            credentials,
            grants,
            grantCount,
            inbound,
            outbound,
            alerts,
            reads.names(referenced)));
  }

  Optional<UsageSlice> usageSlice(String identityId) {
    Optional<Identity> found = identity(identityId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<Grant> grants = grantsOf(identityId);
    List<Delegation> inbound = delegations("to_id", identityId, USAGE_ACTORS);
    List<Identity> identities = new ArrayList<>(List.of(found.get()));
    List<AccessEvent> events = new ArrayList<>(eventsOf(identityId));
    for (Delegation d : inbound) {
      identity(d.fromId()).ifPresent(identities::add);
      events.addAll(eventsOf(d.fromId()));
    }
    List<Resource> resources =
        reads.rows(ItemTables.RESOURCES, "r", new SqlWhere(), "r.rowid", USAGE_ROWS);
    Map<String, Instant> firstEvents = new HashMap<>();
    for (var first :
        reads.list(
            "SELECT i.source_id, MIN(e.time) AS first FROM access_events e"
                + " JOIN identities i ON i.id = e.identity_id"
                + " WHERE e.type = 'ACCESS_ALLOWED' GROUP BY i.source_id",
            rs -> Map.entry(rs.getString(1), SqlValues.requiredInstant(rs, "first")))) {
      firstEvents.put(first.getKey(), first.getValue());
    }
    Set<String> reporting =
        new HashSet<>(
            reads.list(
                "SELECT DISTINCT source_id FROM grants WHERE last_used_at IS NOT NULL",
                rs -> rs.getString(1)));
    return Optional.of(
        new UsageSlice(identities, grants, inbound, events, resources, firstEvents, reporting));
  }

  private static SqlWhere about(
      String alias, @Nullable String identityId, Collection<String> credentialIds) {
    List<String> parts = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (identityId != null) {
      parts.add(alias + ".identity_id = ?");
      values.add(identityId);
    }
    for (String credentialId : credentialIds) {
      parts.add(alias + ".credential_id = ?");
      values.add(credentialId);
    }
    return parts.isEmpty()
        ? new SqlWhere().and("0")
        : new SqlWhere().and("(" + String.join(" OR ", parts) + ")", values.toArray());
  }

  /** The first {@link #DETAIL_GRANTS} grants the identity holds, in load order. */
  private List<Grant> grantsOf(String identityId) {
    return reads.rows(ItemTables.GRANTS, "g", grantsWhere(identityId), "g.rowid", DETAIL_GRANTS);
  }

  private static SqlWhere grantsWhere(String identityId) {
    return new SqlWhere().equal("g.principal_id", identityId);
  }

  /** Delegations whose {@code end} ({@code from_id} or {@code to_id}) is the identity. */
  private List<Delegation> delegations(String end, String identityId, int limit) {
    return reads.rows(
        ItemTables.DELEGATIONS,
        "d",
        new SqlWhere().equal("d." + end, identityId),
        "d.rowid",
        limit);
  }

  private List<AccessEvent> eventsOf(String identityId) {
    return reads.rows(
        ItemTables.ACCESS_EVENTS,
        "e",
        new SqlWhere().equal("e.identity_id", identityId),
        "e.time DESC, e.id",
        USAGE_ROWS);
  }
}
