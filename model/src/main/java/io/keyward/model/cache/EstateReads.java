package io.keyward.model.cache;

import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import io.keyward.model.domain.SyncRun;
import io.keyward.model.domain.SyncStatus;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The repository's reads of the estate as a whole: its counts, its sources and sync history, and
 * the table-by-table streams that whole-estate analyses read. Runs under the repository's lock.
 */
final class EstateReads {
  private final SqlReads reads;

  EstateReads(SqlReads reads) {
    this.reads = reads;
  }

  EstateStats stats() {
    Map<IdentityKind, Long> byKind = new EnumMap<>(IdentityKind.class);
    for (var row : reads.groupCount("SELECT kind, count(*) FROM identities GROUP BY kind")) {
      byKind.put(IdentityKind.valueOf(row.getKey()), row.getValue());
    }
    Map<String, Long> bySource = new LinkedHashMap<>();
    for (var row :
        reads.groupCount("SELECT source_id, count(*) FROM identities GROUP BY source_id")) {
      bySource.put(row.getKey(), row.getValue());
    }
    return new EstateStats(
        byKind.values().stream().mapToLong(Long::longValue).sum(),
        byKind,
        reads.count("credentials"),
        reads.count("grants"),
        reads.count("delegations"),
        reads.count("resources"),
        reads.count("lineage_records"),
        reads.count("access_events"),
        reads.count("alerts"),
        reads.count("sources"),
        reads.count("sync_runs"),
        bySource);
  }

  List<Source> sources() {
    return reads.list(
        "SELECT id, kind, name, location FROM sources",
        new SqlWhere(),
        "kind, name",
        rs ->
            new Source(
                rs.getString(1),
                SourceKind.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4)));
  }

  List<SyncRun> syncRuns() {
    return reads.list(
        "SELECT * FROM sync_runs",
        new SqlWhere(),
        "id DESC",
        rs ->
            new SyncRun(
                rs.getLong("id"),
                rs.getString("source_id"),
                SqlValues.requiredInstant(rs, "started_at"),
                SqlValues.instant(rs, "finished_at"),
                SyncStatus.valueOf(rs.getString("status")),
                rs.getLong("items_loaded"),
                rs.getLong("items_removed"),
                rs.getString("error")));
  }

  void streamForAnalysis(EstateSink sink) {
    reads.stream(ItemTables.RESOURCES, new SqlWhere(), sink::add);
    reads.stream(ItemTables.IDENTITIES, new SqlWhere(), sink::add);
    reads.stream(ItemTables.CREDENTIALS, new SqlWhere(), sink::add);
    reads.stream(ItemTables.GRANTS, new SqlWhere(), sink::add);
    reads.stream(ItemTables.DELEGATIONS, new SqlWhere(), sink::add);
    reads.stream(ItemTables.LINEAGE, new SqlWhere(), sink::add);
    reads.stream(ItemTables.ALERTS, new SqlWhere(), sink::add);
  }

  void readEstate(EstateSink sink) {
    reads.stream(ItemTables.IDENTITIES, new SqlWhere(), sink::add);
    reads.stream(ItemTables.CREDENTIALS, new SqlWhere(), sink::add);
    reads.stream(ItemTables.GRANTS, new SqlWhere(), sink::add);
    reads.stream(ItemTables.DELEGATIONS, new SqlWhere(), sink::add);
    reads.stream(ItemTables.RESOURCES, new SqlWhere(), sink::add);
    reads.stream(ItemTables.LINEAGE, new SqlWhere(), sink::add);
    reads.stream(ItemTables.ACCESS_EVENTS, new SqlWhere(), sink::add);
    reads.stream(ItemTables.ALERTS, new SqlWhere(), sink::add);
  }

  long latestCompletedRun() {
    return reads
        .list(
            "SELECT coalesce(max(id), 0) FROM sync_runs WHERE status = 'COMPLETED'",
            rs -> rs.getLong(1))
        .stream()
        .findFirst()
        .orElse(0L);
  }
}
