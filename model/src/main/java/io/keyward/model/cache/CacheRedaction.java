package io.keyward.model.cache;

import io.keyward.model.domain.Revocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Rewrites a private copy of a cache so it names nobody, then compacts it into a new file so no
 * original value survives in free pages or the WAL. Which columns are rewritten, and how, is listed
 * here next to the schema it follows (docs/snapshots.md explains the choice).
 */
public final class CacheRedaction {
  /**
   * Columns rewritten with {@link Redaction#text}, per table: every text column that is not a code.
   */
  static final Map<String, List<String>> TEXT_COLUMNS =
      Map.ofEntries(
          Map.entry("sources", List.of("name", "location")),
          Map.entry("sync_runs", List.of("error")),
          Map.entry(
              "identities",
              List.of("id", "external_id", "name", "email", "owner_id", "classification", "tags")),
          Map.entry(
              "credentials", List.of("id", "identity_id", "external_id", "display_name", "scopes")),
          Map.entry(
              "grants",
              List.of("id", "principal_id", "permission", "resource", "via_id", "condition")),
          Map.entry("delegations", List.of("id", "from_id", "to_id", "scope", "condition")),
          Map.entry("resources", List.of("id", "external_id", "name", "parent_id")),
          Map.entry(
              "lineage_records",
              List.of("id", "run_id", "job", "identity_id", "inputs", "outputs", "producer")),
          Map.entry(
              "access_events",
              List.of(
                  "id",
                  "identity_id",
                  "credential_id",
                  "action",
                  "resource",
                  "issuer",
                  "subject",
                  "role_id",
                  "session_name",
                  "source_identity",
                  "issued_key_id")),
          Map.entry(
              "alerts", List.of("id", "external_id", "title", "identity_id", "credential_id")),
          Map.entry("agent_policies", List.of("agent_id", "document")));

  private CacheRedaction() {}

  /**
   * Rewrites {@code copy} in place, then writes the compacted result to the new file {@code
   * target}. Raw alert payloads are cleared (they carry addresses, agents and names no dictionary
   * knows); IP addresses and audit actors become tokens; the revocation audit is re-chained over
   * its rewritten entries so it still verifies.
   */
  public static void rewrite(Path copy, Path target, Redaction redaction) {
    if (Files.exists(target)) {
      throw new CacheException(target + " already exists; a redacted copy needs a new file");
    }
    try (Connection connection = CacheFile.connect(copy, false)) {
      connection.setAutoCommit(false);
      // Foreign keys are checked at commit: ids and the references to them change one by one.
      try (Statement st = connection.createStatement()) {
        st.execute("PRAGMA defer_foreign_keys = ON");
      }
      for (var table : TEXT_COLUMNS.entrySet()) {
        for (String column : table.getValue()) {
          rewriteColumn(connection, table.getKey(), column, redaction::text);
        }
      }
      rewriteColumn(connection, "access_events", "source_ip", redaction::token);
      try (Statement st = connection.createStatement()) {
        st.executeUpdate("UPDATE alerts SET raw = '{}'");
      }
      rechainAudit(connection, redaction);
      connection.commit();
      connection.setAutoCommit(true);
      try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
        vacuum.setString(1, target.toAbsolutePath().toString());
        vacuum.execute();
      }
    } catch (SQLException e) {
      throw new CacheException("cannot redact " + copy + ": " + e.getMessage(), e);
    }
  }

  /** Rewrites every distinct value of one column once: a value's rows all get the same result. */
  private static void rewriteColumn(
      Connection connection, String table, String column, UnaryOperator<String> rewrite)
      throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT DISTINCT "
                    + column
                    + " FROM "
                    + table
                    + " WHERE "
                    + column
                    + " IS NOT NULL")) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE " + table + " SET " + column + " = ? WHERE " + column + " = ?")) {
      for (String value : values) {
        String rewritten = rewrite.apply(value);
        if (!rewritten.equals(value)) {
          update.setString(1, rewritten);
          update.setString(2, value);
          update.addBatch();
        }
      }
      update.executeBatch();
    }
  }

  /**
   * The audit refuses updates, so its entries are read, rewritten and appended anew, each linked to
   * the one before: the copy's chain verifies, and says nothing the redaction removed.
   */
  private static void rechainAudit(Connection connection, Redaction redaction) throws SQLException {
    List<RevocationEntry> entries = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(RevocationLog.SELECT + " ORDER BY seq")) {
      while (rs.next()) {
        entries.add(RevocationLog.entry(rs));
      }
    }
    if (entries.isEmpty()) {
      return;
    }
    try (Statement st = connection.createStatement()) {
      st.execute("DROP TRIGGER revocations_no_delete");
      st.executeUpdate("DELETE FROM revocations");
    }
    String previous = RevocationLog.GENESIS;
    try (PreparedStatement insert = connection.prepareStatement(RevocationLog.INSERT)) {
      for (RevocationEntry entry : entries) {
        Revocation r = redacted(entry.revocation(), redaction);
        Duration lag = entry.alertToRevocation();
        String hash = RevocationLog.hash(entry.sequence(), r, lag, previous);
        RevocationLog.insert(insert, new RevocationEntry(entry.sequence(), r, lag, previous, hash));
        previous = hash;
      }
    }
    try (Statement st = connection.createStatement()) {
      st.execute(
          "CREATE TRIGGER revocations_no_delete BEFORE DELETE ON revocations BEGIN"
              + " SELECT RAISE(ABORT, 'the revocation audit is append-only'); END");
    }
  }

  private static Revocation redacted(Revocation r, Redaction redaction) {
    String alert = r.alertId();
    return new Revocation(
        r.id(),
        r.time(),
        redaction.token(r.actor()),
        r.action(),
        redaction.text(r.targetId()),
        r.sourceId(),
        r.outcome(),
        redaction.text(r.preflight()),
        redaction.text(r.result()),
        redaction.text(r.verification()),
        alert == null ? null : redaction.text(alert),
        // What an undo would put back at the source belongs to the real estate, not a review copy.
        null);
  }
}
