package io.keyward.model.cache;

import io.keyward.model.domain.Revocation;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The repository's reads of what Keyward itself records in the cache beside the synced estate: the
 * revocation audit, the score history, agent policies and settings. Runs under the repository's
 * lock.
 */
final class KeywardRecords {
  private final SqlReads reads;

  KeywardRecords(SqlReads reads) {
    this.reads = reads;
  }

  List<Revocation> revocationsOf(Collection<String> targetIds) {
    return revocationsWhere(new SqlWhere().inTexts("target_id", targetIds));
  }

  List<Revocation> revocations() {
    return revocationsWhere(new SqlWhere());
  }

  List<ScoreEntry> scoreHistory(String scope) {
    return reads.list(
        "SELECT * FROM score_history",
        new SqlWhere().equal("scope", scope),
        "sync_run_id, computed_at",
        rs ->
            new ScoreEntry(
                rs.getString("scope"),
                rs.getLong("sync_run_id"),
                SqlValues.requiredInstant(rs, "computed_at"),
                rs.getInt("level"),
                SqlValues.orderedMap(rs, "criteria")));
  }

  List<StoredPolicy> policies() {
    return reads.list(
        "SELECT * FROM agent_policies",
        new SqlWhere(),
        "agent_id",
        rs ->
            new StoredPolicy(
                rs.getString("agent_id"),
                rs.getString("document"),
                SqlValues.requiredInstant(rs, "updated_at")));
  }

  Optional<String> setting(String key) {
    return reads
        .list("SELECT value FROM meta", new SqlWhere().equal("key", key), rs -> rs.getString(1))
        .stream()
        .findFirst();
  }

  private List<Revocation> revocationsWhere(SqlWhere where) {
    return reads.list(
        RevocationLog.SELECT, where, "seq", rs -> RevocationLog.entry(rs).revocation());
  }
}
