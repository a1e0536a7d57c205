package io.keyward.model.cache;

import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Severity;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How inventory filters and sort keys become SQL: the FROM clause each inventory reads, the WHERE
 * clause of each filter, the ORDER BY of each sort key. {@link InventoryPages} runs what this
 * builds.
 */
final class InventorySql {
  private static final String WILDCARD =
      "(g.resource = '*' OR g.permission = '*' OR g.permission LIKE '%:*')";

  /**
   * A grant {@code g} first seen by a later run than its source's first completed one (schema 6):
   * added since.
   */
  static final String ADDED_AFTER_FIRST_SYNC =
      "g.first_seen_run > (SELECT min(r.id) FROM sync_runs r WHERE r.source_id = g.source_id"
          + " AND r.status = 'COMPLETED')";

  static final String IDENTITIES_FROM = "identities i";
  static final String CREDENTIALS_FROM = "credentials c JOIN identities h ON h.id = c.identity_id";
  static final String GRANTS_FROM = "grants g JOIN identities p ON p.id = g.principal_id";

  /**
   * Grants alone, for queries that read nothing of the principal: every grant has one (a foreign
   * key the sync checks), and joining a million grants to it costs seconds.
   */
  static final String GRANTS_ONLY_FROM = "grants g";

  static final String DELEGATIONS_FROM =
      "delegations d LEFT JOIN identities f ON f.id = d.from_id"
          + " LEFT JOIN identities t ON t.id = d.to_id";

  /**
   * Alerts with the identity they concern: the matched identity, else the holder of the matched
   * credential, so a credential-only alert sorts and searches by its holder's name.
   */
  static final String ALERTS_FROM =
      "alerts a LEFT JOIN credentials ac ON ac.id = a.credential_id"
          + " LEFT JOIN identities s ON s.id = coalesce(a.identity_id, ac.identity_id)";

  private final Clock clock;

  InventorySql(Clock clock) {
    this.clock = clock;
  }

  // The sort keys' SQL: exhaustive switches, so every key has exactly one fixed expression.

  static SqlOrder identityOrder(IdentitySort key) {
    return switch (key) {
      case NAME -> SqlOrder.of("i.name");
      case KIND -> SqlOrder.of("i.kind");
      case SOURCE -> SqlOrder.sourceName("i.source_id");
      case OWNER -> SqlOrder.of("(SELECT o.name FROM identities o WHERE o.id = i.owner_id)");
      case STATUS -> SqlOrder.of("i.status");
      case CREATED -> new SqlOrder("i.created_at", SqlOrder.Nulls.LAST);
      case EXTERNAL_ID -> SqlOrder.of("i.external_id");
    };
  }

  static SqlOrder credentialOrder(CredentialSort key) {
    return switch (key) {
      case KEY_ID -> SqlOrder.of("c.external_id");
      case HOLDER -> SqlOrder.of("h.name");
      case KIND -> SqlOrder.of("c.kind");
      case STATUS -> SqlOrder.of("c.status");
      case CREATED -> new SqlOrder("c.created_at", SqlOrder.Nulls.LAST);
      case EXPIRES -> new SqlOrder("c.expires_at", SqlOrder.Nulls.LARGEST);
      case LAST_USED -> SqlOrder.of("c.last_used_at");
      case SOURCE -> SqlOrder.sourceName("c.source_id");
      case NAME -> SqlOrder.of("c.display_name");
    };
  }

  static SqlOrder grantOrder(GrantSort key) {
    return switch (key) {
      case LOAD_ORDER -> SqlOrder.of("g.rowid");
      case PRINCIPAL -> SqlOrder.of("p.name");
      case PERMISSION -> SqlOrder.of("g.permission");
      case RESOURCE -> SqlOrder.of("g.resource");
      case PRIVILEGE -> SqlOrder.rank("g.privilege", Privilege.values());
      case ORIGIN -> SqlOrder.of("g.origin");
      case SOURCE -> SqlOrder.sourceName("g.source_id");
      case LAST_USED -> SqlOrder.of("g.last_used_at");
      case CONDITION -> SqlOrder.of("g.condition");
    };
  }

  static SqlOrder delegationOrder(DelegationSort key) {
    return switch (key) {
      case LOAD_ORDER -> SqlOrder.of("d.rowid");
      case FROM -> SqlOrder.of("f.name");
      case TO -> SqlOrder.of("t.name");
      case KIND -> SqlOrder.of("d.kind");
      case SCOPE -> SqlOrder.of("d.scope");
      case CONDITION -> SqlOrder.of("d.condition");
      case SOURCE -> SqlOrder.sourceName("d.source_id");
      case EXPIRES -> new SqlOrder("d.expires_at", SqlOrder.Nulls.LARGEST);
    };
  }

  static SqlOrder alertOrder(AlertSort key) {
    return switch (key) {
      case TIME -> SqlOrder.of("a.time");
      case SEVERITY -> SqlOrder.rank("a.severity", Severity.values());
      case TITLE -> SqlOrder.of("a.title");
      case IDENTITY -> SqlOrder.of("s.name");
      case STATUS -> SqlOrder.of("a.status");
      case TYPE -> SqlOrder.of("a.type");
      case SOURCE -> SqlOrder.sourceName("a.source_id");
    };
  }

  SqlWhere identityWhere(IdentityFilter f) {
    SqlWhere where =
        new SqlWhere()
            .contains(f.text(), "i.name", "i.email", "i.external_id")
            .in("i.kind", f.kinds())
            .equal("i.source_id", f.sourceId())
            .equal("i.status", f.status() == null ? null : f.status().name())
            .idIn("i.id", f.ids());
    switch (f.owner()) {
      case HAS_OWNER -> where.and("i.owner_id IS NOT NULL");
      case NO_OWNER -> where.and("i.owner_id IS NULL");
      case ANY -> {}
    }
    if (f.minAgeDays() != null) {
      where.and("i.created_at <= ?", daysAgo(f.minAgeDays()));
    }
    return where;
  }

  SqlWhere credentialWhere(CredentialFilter f) {
    SqlWhere where =
        new SqlWhere()
            .contains(f.text(), "c.display_name", "c.external_id", "h.name")
            .in("c.kind", f.kinds())
            .in("h.kind", f.holderKinds())
            .equal("c.source_id", f.sourceId())
            .equal("c.status", f.status() == null ? null : f.status().name())
            .idIn("c.id", f.ids());
    if (f.minAgeDays() != null) {
      where.and("c.created_at <= ?", daysAgo(f.minAgeDays()));
    }
    if (f.staticOnly()) {
      where.and("c.expires_at IS NULL");
    }
    return where;
  }

  SqlWhere grantWhere(GrantFilter f) {
    SqlWhere where =
        new SqlWhere()
            .contains(f.text(), "g.permission", "g.resource", "p.name")
            .in("p.kind", f.principalKinds())
            .equal("g.source_id", f.sourceId())
            .idIn("g.id", f.ids());
    if (f.minPrivilege() != null) {
      where.in("g.privilege", atLeast(Privilege.values(), f.minPrivilege()));
    }
    if (f.wildcardOnly()) {
      where.and(WILDCARD);
    }
    if (f.addedOnly()) {
      where.and(ADDED_AFTER_FIRST_SYNC);
    }
    if (f.unusedForDays() != null) {
      // Never used only where the source reports use at all: elsewhere it is unknown, not unused.
      where.and(
          "(g.last_used_at IS NULL OR g.last_used_at <= ?) AND g.source_id IN (SELECT DISTINCT"
              + " source_id FROM grants WHERE last_used_at IS NOT NULL)",
          daysAgo(f.unusedForDays()));
    }
    return where;
  }

  SqlWhere delegationWhere(DelegationFilter f) {
    return new SqlWhere()
        .contains(f.text(), "f.name", "t.name", "d.scope", "d.from_id", "d.to_id")
        .equal("d.kind", f.kind() == null ? null : f.kind().name())
        .equal("d.source_id", f.sourceId())
        .idIn("d.id", f.ids());
  }

  SqlWhere alertWhere(AlertFilter f) {
    SqlWhere where =
        new SqlWhere()
            .contains(f.text(), "a.title", "a.type", "s.name")
            .equal("a.status", f.status() == null ? null : f.status().name())
            .equal("a.source_id", f.sourceId())
            .equal("a.type", f.type())
            .idIn("a.id", f.ids());
    if (f.minSeverity() != null) {
      where.in("a.severity", atLeast(Severity.values(), f.minSeverity()));
    }
    if (f.matched() != null) {
      where.and(
          f.matched()
              ? "(a.identity_id IS NOT NULL OR a.credential_id IS NOT NULL)"
              : "(a.identity_id IS NULL AND a.credential_id IS NULL)");
    }
    if (f.withinHours() != null) {
      where.and(
          "a.time >= ?", clock.instant().minus(Duration.ofHours(f.withinHours())).toEpochMilli());
    }
    return where;
  }

  private long daysAgo(int days) {
    return clock.instant().minus(Duration.ofDays(days)).toEpochMilli();
  }

  private static <E extends Enum<E>> List<E> atLeast(E[] values, E minimum) {
    return Arrays.stream(values).filter(v -> v.compareTo(minimum) >= 0).toList();
  }
}
