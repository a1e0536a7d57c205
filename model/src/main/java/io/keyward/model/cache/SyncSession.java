package io.keyward.model.cache;

import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SyncStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One sync run of one source. Everything added lands in one transaction; {@link #complete()}
 * removes what this source had but the run did not see, then commits. Closing without completing
 * rolls back: a failed or interrupted run changes nothing but the sync history.
 */
public final class SyncSession implements EstateSink, AutoCloseable {
  private static final int BATCH = 2_000;

  private final Connection connection;
  private final Source source;
  private final long runId;
  private final Clock clock;
  private final Runnable onClose;
  private final Map<ItemTable<?>, PreparedStatement> upserts = new IdentityHashMap<>();
  private final Map<ItemTable<?>, Integer> pending = new IdentityHashMap<>();
  private long loaded;
  private boolean finished;
  private @Nullable String failure;

  SyncSession(Connection connection, Source source, long runId, Clock clock, Runnable onClose)
      throws SQLException {
    this.connection = connection;
    this.source = source;
    this.runId = runId;
    this.clock = clock;
    this.onClose = onClose;
    // Checking each row's foreign keys costs a quarter of a large ingest; the run checks the same
    // references once, before it commits (firstDanglingReference). Cleanup needs no cascades:
    // removeUnseen deletes dependents first.
    try (Statement st = connection.createStatement()) {
      st.execute("PRAGMA foreign_keys = OFF");
    }
    connection.setAutoCommit(false);
  }

  public Source source() {
    return source;
  }

  public long runId() {
    return runId;
  }

  /** Items added so far. */
  public long loaded() {
    return loaded;
  }

  @Override
  public void add(Identity identity) {
    write(ItemTables.IDENTITIES, identity, identity.id(), identity.sourceId());
  }

  @Override
  public void add(Credential credential) {
    write(ItemTables.CREDENTIALS, credential, credential.id(), credential.sourceId());
  }

  @Override
  public void add(Grant grant) {
    write(ItemTables.GRANTS, grant, grant.id(), grant.sourceId());
  }

  @Override
  public void add(Delegation delegation) {
    write(ItemTables.DELEGATIONS, delegation, delegation.id(), delegation.sourceId());
  }

  @Override
  public void add(Resource resource) {
    write(ItemTables.RESOURCES, resource, resource.id(), resource.sourceId());
  }

  @Override
  public void add(LineageRecord record) {
    write(ItemTables.LINEAGE, record, record.id(), record.sourceId());
  }

  @Override
  public void add(AccessEvent event) {
    write(ItemTables.ACCESS_EVENTS, event, event.id(), event.sourceId());
  }

  @Override
  public void add(Alert alert) {
    write(ItemTables.ALERTS, alert, alert.id(), alert.sourceId());
  }

  /**
   * Removes this source's items the run did not see, commits, and records the run as completed.
   *
   * @return how many items the cleanup removed
   */
  public long complete() {
    return complete(null);
  }

  /**
   * Completes the run like {@link #complete()}, recording {@code note} with it: what the run could
   * not load (e.g. malformed lines it skipped) while it loaded the rest.
   */
  public long complete(@Nullable String note) {
    requireOpen();
    try {
      flushAll();
      long removed = removeUnseen();
      commitCheckingReferences();
      finished = true;
      recordRun(SyncStatus.COMPLETED, removed, note);
      return removed;
    } catch (SQLException e) {
      failure = "the run could not be saved: " + e.getMessage();
      throw new CacheException(source.id() + ": " + failure, e);
    }
  }

  /** Marks the run failed with {@code reason}; {@link #close()} then rolls it back. */
  public void fail(String reason) {
    failure = reason;
  }

  @Override
  public void close() {
    try {
      closeStatements();
      if (!finished) {
        connection.rollback();
        recordRun(
            failure == null ? SyncStatus.INTERRUPTED : SyncStatus.FAILED,
            0,
            failure == null ? "the run stopped before it completed" : failure);
      }
    } catch (SQLException e) {
      throw new CacheException(source.id() + ": cannot close the sync run: " + e.getMessage(), e);
    } finally {
      finished = true;
      onClose.run();
    }
  }

  private <T> void write(ItemTable<T> table, T item, String id, String itemSource) {
    requireOpen();
    if (!itemSource.equals(source.id())) {
      throw new IllegalArgumentException(
          table.name() + " " + id + " belongs to source " + itemSource + ", not " + source.id());
    }
    try {
      PreparedStatement st = upserts.get(table);
      if (st == null) {
        st = connection.prepareStatement(table.upsertSql());
        upserts.put(table, st);
      }
      st.setString(1, id);
      st.setString(2, source.id());
      st.setLong(3, runId);
      table.binder().bind(st, 4, item);
      st.addBatch();
      loaded++;
      int count = pending.merge(table, 1, Integer::sum);
      if (count >= BATCH) {
        st.executeBatch();
        pending.put(table, 0);
      }
    } catch (SQLException e) {
      failure = "cannot store " + table.name() + " " + id + ": " + e.getMessage();
      throw new CacheException(source.id() + ": " + failure, e);
    }
  }

  private void flushAll() throws SQLException {
    for (var entry : upserts.entrySet()) {
      if (pending.getOrDefault(entry.getKey(), 0) > 0) {
        entry.getValue().executeBatch();
        pending.put(entry.getKey(), 0);
      }
    }
  }

  private long removeUnseen() throws SQLException {
    long removed = 0;
    for (ItemTable<?> table : ItemTables.CLEANUP_ORDER) {
      try (PreparedStatement st =
          connection.prepareStatement(
              "DELETE FROM " + table.name() + " WHERE source_id = ? AND seen_in_run <> ?")) {
        st.setString(1, source.id());
        st.setLong(2, runId);
        removed += st.executeUpdate();
      }
    }
    return removed;
  }

  /** Commits unless an item refers to an identity the source does not hold. */
  private void commitCheckingReferences() throws SQLException {
    String dangling = firstDanglingReference();
    if (dangling != null) {
      throw new SQLException(dangling);
    }
    connection.commit();
  }

  private @Nullable String firstDanglingReference() throws SQLException {
    for (var reference :
        List.of(
            Map.entry(ItemTables.CREDENTIALS, "identity_id"),
            Map.entry(ItemTables.GRANTS, "principal_id"))) {
      String table = reference.getKey().name();
      try (PreparedStatement st =
          connection.prepareStatement(
              "SELECT x.id FROM "
                  + table
                  + " x WHERE x.source_id = ? AND NOT EXISTS"
                  + " (SELECT 1 FROM identities i WHERE i.id = x."
                  + reference.getValue()
                  + ") LIMIT 1")) {
        st.setString(1, source.id());
        try (var rs = st.executeQuery()) {
          if (rs.next()) {
            return table
                + " "
                + rs.getString(1)
                + " refers to an identity this source does not hold";
          }
        }
      }
    }
    return null;
  }

  private void recordRun(SyncStatus status, long removed, @Nullable String error)
      throws SQLException {
    connection.setAutoCommit(true);
    try (Statement st = connection.createStatement()) {
      st.execute("PRAGMA foreign_keys = ON");
    }
    try (PreparedStatement st =
        connection.prepareStatement(
            "UPDATE sync_runs SET status = ?, finished_at = ?, items_loaded = ?,"
                + " items_removed = ?, error = ? WHERE id = ?")) {
      st.setString(1, status.name());
      st.setLong(2, clock.millis());
      st.setLong(3, status == SyncStatus.COMPLETED ? loaded : 0);
      st.setLong(4, removed);
      st.setString(5, error);
      st.setLong(6, runId);
      st.executeUpdate();
    }
  }

  private void closeStatements() throws SQLException {
    List<SQLException> errors = new ArrayList<>();
    for (PreparedStatement st : upserts.values()) {
      try {
        st.close();
      } catch (SQLException e) {
        errors.add(e);
      }
    }
    upserts.clear();
    if (!errors.isEmpty()) {
      throw errors.get(0);
    }
  }

  private void requireOpen() {
    if (finished) {
      throw new IllegalStateException("sync run " + runId + " of " + source.id() + " is closed");
    }
  }
}
