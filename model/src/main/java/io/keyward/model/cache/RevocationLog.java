package io.keyward.model.cache;

import io.keyward.model.domain.Revocation;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The append-only revocation audit: every attempt, dry-runs included. Each entry stores the SHA-256
 * of the one before, so {@link #verify()} finds an entry edited, removed or moved by anything that
 * went around Keyward (triggers refuse updates and deletes through SQLite itself).
 */
public final class RevocationLog {
  static final String GENESIS = "0".repeat(64);
  static final String COLUMNS =
      "seq, id, time, actor, action, target_id, source_id, outcome, preflight, result,"
          + " verification, alert_id, alert_lag_ms, prev_hash, hash, saved";

  /** Every column of every entry; the readers add their own conditions and order. */
  static final String SELECT = "SELECT " + COLUMNS + " FROM revocations";

  private final Connection connection;
  private final SqlReads reads;
  private final BooleanSupplier syncOpen;

  RevocationLog(Connection connection, BooleanSupplier syncOpen) {
    this.connection = connection;
    this.reads = new SqlReads(connection);
    this.syncOpen = syncOpen;
  }

  /**
   * Appends {@code revocation} after the last entry. When it names an alert in the cache, the time
   * from that alert to the attempt is measured and kept with it.
   */
  public synchronized RevocationEntry append(Revocation revocation) {
    requireWritable();
    try {
      connection.setAutoCommit(false);
      long sequence;
      String previous;
      try (PreparedStatement st =
              connection.prepareStatement(
                  "SELECT seq, hash FROM revocations ORDER BY seq DESC LIMIT 1");
          ResultSet rs = st.executeQuery()) {
        sequence = rs.next() ? rs.getLong(1) + 1 : 1;
        previous = sequence == 1 ? GENESIS : rs.getString(2);
      }
      Duration lag = alertLag(revocation);
      String hash = hash(sequence, revocation, lag, previous);
      RevocationEntry entry = new RevocationEntry(sequence, revocation, lag, previous, hash);
      try (PreparedStatement st = connection.prepareStatement(INSERT)) {
        insert(st, entry);
      }
      connection.commit();
      return entry;
    } catch (SQLException e) {
      rollbackQuietly();
      throw new CacheException("cannot append to the revocation audit: " + e.getMessage(), e);
    } finally {
      try {
        connection.setAutoCommit(true);
      } catch (SQLException ignored) {
        // The append's own outcome is what matters to the caller.
      }
    }
  }

  /**
   * What the latest completed {@code action} on {@code targetId} saved for its undo; empty when it
   * saved nothing or no such action completed.
   */
  public Optional<String> savedBy(RevocationAction action, String targetId) {
    SqlWhere where =
        new SqlWhere()
            .equal("action", action.name())
            .equal("target_id", targetId)
            .equal("outcome", RevocationOutcome.DONE.name());
    return reads
        .list("SELECT saved FROM revocations", where, "seq DESC LIMIT 1", rs -> rs.getString(1))
        .stream()
        .filter(Objects::nonNull)
        .findFirst();
  }

  /**
   * Fails while a sync run holds the write connection: callers check this before acting at a
   * source, so nothing is revoked that could not be audited.
   */
  public void requireWritable() {
    if (syncOpen.getAsBoolean()) {
      // The write connection holds the sync's transaction; an audit entry must not ride on it.
      throw new IllegalStateException(
          "a sync run is open on this cache; revoke once it has finished");
    }
  }

  /** Entries matching {@code filter}, newest first. */
  public List<RevocationEntry> list(RevocationFilter filter) {
    SqlWhere where =
        new SqlWhere()
            .equal("outcome", filter.outcome() == null ? null : filter.outcome().name())
            .equal("action", filter.action() == null ? null : filter.action().name())
            .contains(filter.text(), "target_id", "actor");
    return reads.list(SELECT, where, "seq DESC", RevocationLog::entry);
  }

  /** The entry at {@code sequence} in the chain, if there is one. */
  public Optional<RevocationEntry> find(long sequence) {
    return reads.list(SELECT, new SqlWhere().equal("seq", sequence), RevocationLog::entry).stream()
        .findFirst();
  }

  /** Walks the chain from the first entry and names every link that does not hold. */
  public AuditCheck verify() {
    List<RevocationEntry> entries = reads.list(SELECT, new SqlWhere(), "seq", RevocationLog::entry);
    List<String> problems = new ArrayList<>();
    String previous = GENESIS;
    long expected = 1;
    for (RevocationEntry entry : entries) {
      String where = "entry " + entry.sequence() + " (" + entry.revocation().id() + ")";
      if (entry.sequence() != expected) {
        problems.add(where + ": expected entry " + expected + " here; entries were removed");
      }
      if (!entry.previousHash().equals(previous)) {
        problems.add(
            where + ": does not follow the entry before it; entries were removed or reordered");
      }
      String recomputed =
          hash(
              entry.sequence(),
              entry.revocation(),
              entry.alertToRevocation(),
              entry.previousHash());
      if (!recomputed.equals(entry.hash())) {
        problems.add(where + ": its content does not match its hash; it was edited");
      }
      previous = entry.hash();
      expected = entry.sequence() + 1;
    }
    return new AuditCheck(entries.size(), previous, problems);
  }

  private @Nullable Duration alertLag(Revocation revocation) throws SQLException {
    if (revocation.alertId() == null) {
      return null;
    }
    try (PreparedStatement st =
        connection.prepareStatement("SELECT time FROM alerts WHERE id = ?")) {
      st.setString(1, revocation.alertId());
      try (ResultSet rs = st.executeQuery()) {
        return rs.next()
            ? Duration.between(Instant.ofEpochMilli(rs.getLong(1)), revocation.time())
            : null;
      }
    }
  }

  static final String INSERT =
      "INSERT INTO revocations(" + COLUMNS + ") VALUES (" + "?, ".repeat(15) + "?)";

  /** Binds {@code entry} to {@link #INSERT} and runs it. */
  static void insert(PreparedStatement st, RevocationEntry entry) throws SQLException {
    Revocation r = entry.revocation();
    Duration lag = entry.alertToRevocation();
    st.setLong(1, entry.sequence());
    st.setString(2, r.id());
    st.setLong(3, r.time().toEpochMilli());
    st.setString(4, r.actor());
    st.setString(5, r.action().name());
    st.setString(6, r.targetId());
    st.setString(7, r.sourceId());
    st.setString(8, r.outcome().name());
    st.setString(9, r.preflight());
    st.setString(10, r.result());
    st.setString(11, r.verification());
    st.setString(12, r.alertId());
    st.setObject(13, lag == null ? null : lag.toMillis());
    st.setString(14, entry.previousHash());
    st.setString(15, entry.hash());
    st.setString(16, r.saved());
    st.executeUpdate();
  }

  static RevocationEntry entry(ResultSet rs) throws SQLException {
    Revocation revocation =
        new Revocation(
            rs.getString("id"),
            Instant.ofEpochMilli(rs.getLong("time")),
            rs.getString("actor"),
            RevocationAction.valueOf(rs.getString("action")),
            rs.getString("target_id"),
            rs.getString("source_id"),
            RevocationOutcome.valueOf(rs.getString("outcome")),
            rs.getString("preflight"),
            rs.getString("result"),
            rs.getString("verification"),
            rs.getString("alert_id"),
            rs.getString("saved"));
    long lag = rs.getLong("alert_lag_ms");
    Duration alertLag = rs.wasNull() ? null : Duration.ofMillis(lag);
    return new RevocationEntry(
        rs.getLong("seq"), revocation, alertLag, rs.getString("prev_hash"), rs.getString("hash"));
  }

  /** SHA-256 over every field, each as {@code length:value} so no two entries read alike. */
  static String hash(
      long sequence, Revocation r, @Nullable Duration alertLag, String previousHash) {
    StringBuilder text = new StringBuilder();
    for (Object field :
        new Object[] {
          previousHash,
          sequence,
          r.id(),
          r.time().toEpochMilli(),
          r.actor(),
          r.action().name(),
          r.targetId(),
          r.sourceId(),
          r.outcome().name(),
          r.preflight(),
          r.result(),
          r.verification(),
          r.alertId() == null ? "" : r.alertId(),
          alertLag == null ? "" : alertLag.toMillis()
        }) {
      append(text, field);
    }
    // Only entries that saved something hash it: entries written before it existed keep theirs.
    if (r.saved() != null) {
      append(text, r.saved());
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void append(StringBuilder text, Object field) {
    String value = String.valueOf(field);
    text.append(value.length()).append(':').append(value).append('\n');
  }

  private void rollbackQuietly() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // The original failure is the one worth reporting.
    }
  }
}
