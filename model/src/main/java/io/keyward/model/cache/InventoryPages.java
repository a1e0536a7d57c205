package io.keyward.model.cache;

import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The repository's inventory reads: a filtered, sorted {@link Page} of each inventory, the counts
 * of the overview's problems (the totals of their filters' pages), and single items by id. Builds
 * its SQL through {@link InventorySql}; runs under the repository's lock.
 */
final class InventoryPages {
  private static final String HOLDER_NAMES =
      "SELECT c.id, h.name FROM credentials c JOIN identities h ON h.id = c.identity_id";

  private final SqlReads reads;
  private final InventorySql sql;

  InventoryPages(SqlReads reads, Clock clock) {
    this.reads = reads;
    this.sql = new InventorySql(clock);
  }

  Page<Identity> identities(IdentityFilter filter, Sort<IdentitySort> sort, int limit) {
    return reads.page(
        ItemTables.IDENTITIES,
        InventorySql.IDENTITIES_FROM,
        "i",
        sql.identityWhere(filter),
        InventorySql.identityOrder(sort.key()).orderBy(sort.descending(), "i.id"),
        limit,
        i -> Stream.of(i.ownerId()));
  }

  Page<Credential> credentials(CredentialFilter filter, Sort<CredentialSort> sort, int limit) {
    return reads.page(
        ItemTables.CREDENTIALS,
        InventorySql.CREDENTIALS_FROM,
        "c",
        sql.credentialWhere(filter),
        InventorySql.credentialOrder(sort.key()).orderBy(sort.descending(), "c.id"),
        limit,
        c -> Stream.of(c.identityId()));
  }

  Page<Grant> grants(GrantFilter filter, Sort<GrantSort> sort, int limit) {
    boolean readsPrincipal =
        !filter.text().isBlank()
            || !filter.principalKinds().isEmpty()
            || sort.key() == GrantSort.PRINCIPAL;
    return reads.page(
        ItemTables.GRANTS,
        readsPrincipal ? InventorySql.GRANTS_FROM : InventorySql.GRANTS_ONLY_FROM,
        "g",
        sql.grantWhere(filter),
        InventorySql.grantOrder(sort.key()).orderBy(sort.descending(), "g.rowid"),
        limit,
        g -> Stream.of(g.principalId(), g.viaId()));
  }

  Page<Delegation> delegations(DelegationFilter filter, Sort<DelegationSort> sort, int limit) {
    return reads.page(
        ItemTables.DELEGATIONS,
        InventorySql.DELEGATIONS_FROM,
        "d",
        sql.delegationWhere(filter),
        InventorySql.delegationOrder(sort.key()).orderBy(sort.descending(), "d.rowid"),
        limit,
        d -> Stream.of(d.fromId(), d.toId()));
  }

  Page<Alert> alerts(AlertFilter filter, Sort<AlertSort> sort, int limit) {
    Page<Alert> page =
        reads.page(
            ItemTables.ALERTS,
            InventorySql.ALERTS_FROM,
            "a",
            sql.alertWhere(filter),
            InventorySql.alertOrder(sort.key()).orderBy(sort.descending(), "a.id"),
            limit,
            a -> Stream.of(a.identityId()));
    Set<String> credentialOnly =
        page.items().stream()
            .filter(a -> a.identityId() == null && a.credentialId() != null)
            .map(Alert::credentialId)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    if (credentialOnly.isEmpty()) {
      return page;
    }
    Map<String, String> names = new HashMap<>(page.names());
    names.putAll(reads.names(HOLDER_NAMES, "c.id", credentialOnly));
    return new Page<>(page.items(), page.total(), names);
  }

  List<String> alertTypes() {
    return reads.list(
        "SELECT DISTINCT type FROM alerts", new SqlWhere(), "type", rs -> rs.getString(1));
  }

  Optional<Alert> alert(String id) {
    return reads.first(ItemTables.ALERTS, "alerts a", "a", "a.id", id);
  }

  Optional<Credential> credential(String id) {
    return reads.first(ItemTables.CREDENTIALS, "credentials c", "c", "c.id", id);
  }

  Map<Problem, Long> problemCounts() {
    Map<Problem, Long> counts = new EnumMap<>(Problem.class);
    counts.put(
        Problem.STALE_KEYS,
        reads.count(InventorySql.CREDENTIALS_FROM, sql.credentialWhere(Problem.staleKeys())));
    counts.put(
        Problem.AGENTS_WITHOUT_OWNER,
        reads.count(InventorySql.IDENTITIES_FROM, sql.identityWhere(Problem.agentsWithoutOwner())));
    counts.put(
        Problem.ADMIN_AGENTS,
        reads.count(InventorySql.GRANTS_FROM, sql.grantWhere(Problem.adminAgents())));
    counts.put(
        Problem.UNUSED_GRANTS,
        reads.count(InventorySql.GRANTS_FROM, sql.grantWhere(Problem.unusedGrants())));
    counts.put(
        Problem.OPEN_ALERTS,
        reads.count(InventorySql.ALERTS_FROM, sql.alertWhere(Problem.openAlerts())));
    return counts;
  }
}
