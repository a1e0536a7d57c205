package io.keyward.model.cache;

import io.keyward.model.domain.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An open cache file: schema migrations on open, WAL, foreign keys. Writes go through one {@link
 * SyncSession} at a time on the write connection; reads go through the {@link EstateRepository} on
 * a connection of its own, so the console keeps reading the last completed state during a sync.
 */
public final class Cache implements AutoCloseable {
  private final Path file;
  private final Clock clock;
  private final Connection writer;
  private final EstateRepository repository;
  private final boolean readOnly;
  private boolean syncOpen;

  private Cache(
      Path file, Clock clock, Connection writer, EstateRepository repository, boolean readOnly) {
    this.file = file;
    this.clock = clock;
    this.writer = writer;
    this.repository = repository;
    this.readOnly = readOnly;
  }

  /**
   * The files SQLite keeps beside a cache {@code file} (write-ahead log, shared memory, rollback
   * journal); together with {@code file} they are the cache.
   */
  public static List<Path> sidecars(Path file) {
    return Stream.of("-wal", "-shm", "-journal")
        .map(suffix -> file.resolveSibling(file.getFileName() + suffix))
        .toList();
  }

  /** Opens or creates the cache, migrating it to the current schema. */
  public static Cache open(Path file) {
    return open(file, Clock.systemUTC());
  }

  /** As {@link #open(Path)}; {@code clock} is "now" for ages and staleness. */
  public static Cache open(Path file, Clock clock) {
    CacheFile.requireNotDirectory(file);
    createParent(file);
    return connect(
        file,
        clock,
        false,
        writer -> {
          Migrations.migrate(writer, Migrations.latestVersion());
          markAbandonedRunsInterrupted(writer, clock.instant());
        });
  }

  /**
   * Opens an existing cache without writing to it: both connections are read-only, scores are not
   * recorded and every other write fails. A file of an older schema must have been migrated first
   * (see {@link #migrate(Path)}).
   */
  public static Cache openReadOnly(Path file, Clock clock) {
    if (!Files.isRegularFile(file)) {
      throw new CacheException(file + " does not exist");
    }
    return connect(
        file,
        clock,
        true,
        writer -> {
          if (Migrations.userVersion(writer) != Migrations.latestVersion()) {
            throw new CacheException(
                file
                    + " has cache schema "
                    + Migrations.userVersion(writer)
                    + "; migrate it first");
          }
        });
  }

  /** What opening does on the write connection once the file is known to be a usable cache. */
  @FunctionalInterface
  private interface Preparation {
    void prepare(Connection writer) throws SQLException;
  }

  /**
   * Opens the write connection (read-only for a snapshot), checks the file, runs {@code
   * preparation} on it, then opens the repository's read connection; closes what it opened when any
   * step fails.
   */
  private static Cache connect(Path file, Clock clock, boolean readOnly, Preparation preparation) {
    Connection writer = null;
    try {
      writer = CacheFile.connect(file, readOnly);
      CacheFile.checkUsable(writer, file);
      preparation.prepare(writer);
      EstateRepository repository = new EstateRepository(CacheFile.connect(file, true), clock);
      return new Cache(file, clock, writer, repository, readOnly);
    } catch (SQLException e) {
      closeQuietly(writer);
      throw CacheFile.unreadable(file, e);
    } catch (RuntimeException e) {
      closeQuietly(writer);
      throw e;
    }
  }

  /**
   * Brings {@code file} to the current schema and closes it; for a private copy (e.g. a snapshot's
   * extracted cache) that is then opened with {@link #openReadOnly(Path, Clock)}. A file already at
   * the current schema is not opened for writing at all.
   */
  public static void migrate(Path file) {
    try (Connection reader = CacheFile.connect(file, true)) {
      CacheFile.checkUsable(reader, file);
      if (Migrations.userVersion(reader) == Migrations.latestVersion()) {
        return;
      }
    } catch (SQLException e) {
      throw CacheFile.unreadable(file, e);
    }
    try (Connection connection = CacheFile.connect(file, false)) {
      CacheFile.checkUsable(connection, file);
      Migrations.migrate(connection, Migrations.latestVersion());
    } catch (SQLException e) {
      throw CacheFile.unreadable(file, e);
    }
  }

  /** Whether this cache was opened read-only (a snapshot): writes fail, scores are not kept. */
  public boolean readOnly() {
    return readOnly;
  }

  /**
   * Writes a consistent copy of the last committed state, WAL content included, to the new file
   * {@code target} with SQLite's {@code VACUUM INTO}; a sync in progress is not part of it.
   */
  public void copyTo(Path target) {
    if (Files.exists(target)) {
      throw new CacheException(target + " already exists; a cache copy needs a new file");
    }
    try (Connection reader = CacheFile.connect(file, true);
        PreparedStatement st = reader.prepareStatement("VACUUM INTO ?")) {
      st.setString(1, target.toAbsolutePath().toString());
      st.execute();
    } catch (SQLException e) {
      throw new CacheException("cannot copy " + file + " to " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * Starts a sync run of {@code source}, registering the source if it is new. Only one run may be
   * open at a time.
   */
  public SyncSession beginSync(Source source) {
    requireWritable("sync " + source.id());
    if (syncOpen) {
      throw new IllegalStateException("a sync run is already open on " + file);
    }
    try {
      upsertSource(source);
      long runId = insertRun(source.id());
      syncOpen = true;
      return new SyncSession(writer, source, runId, clock, () -> syncOpen = false);
    } catch (SQLException e) {
      throw new CacheException("cannot start a sync of " + source.id() + ": " + e.getMessage(), e);
    }
  }

  public EstateRepository repository() {
    return repository;
  }

  /** Items by id, external id or name, read on the write connection (between syncs). */
  public ItemLookup lookup() {
    return new ItemLookup(new SqlReads(writer));
  }

  /** The append-only revocation audit, written on the cache's write connection. */
  public RevocationLog revocationLog() {
    return new RevocationLog(writer, () -> syncOpen);
  }

  public Optional<DemoInfo> demoInfo() {
    Map<String, String> meta = meta();
    String seed = meta.get("demo.seed");
    if (seed == null) {
      return Optional.empty();
    }
    return Optional.of(
        new DemoInfo(
            Long.parseLong(seed), meta.get("demo.scale"), Instant.parse(meta.get("demo.asOf"))));
  }

  public void markDemo(DemoInfo info) {
    requireWritable("mark the demo estate");
    putMeta("demo.seed", Long.toString(info.seed()));
    putMeta("demo.scale", info.scale());
    putMeta("demo.asOf", info.asOf().toString());
  }

  /**
   * Deletes the demo estate and its mark in one transaction, so real syncs never mix with made-up
   * items; the demo's agent policies and scores go with it, the append-only revocation audit stays.
   * Does nothing when the cache does not hold the demo.
   *
   * @return whether there was a demo estate to remove
   */
  public boolean removeDemo() {
    if (demoInfo().isEmpty()) {
      return false;
    }
    inOneTransaction(
        "remove the demo estate",
        st -> {
          for (ItemTable<?> table : ItemTables.CLEANUP_ORDER) {
            st.executeUpdate("DELETE FROM " + table.name());
          }
          st.executeUpdate("DELETE FROM agent_policies");
          st.executeUpdate("DELETE FROM score_history");
          st.executeUpdate("DELETE FROM sync_runs");
          st.executeUpdate("DELETE FROM sources");
          st.executeUpdate("DELETE FROM meta WHERE key LIKE 'demo.%'");
        });
    return true;
  }

  /**
   * Deletes everything {@code sourceId} brought, its sync history and the source itself. The
   * revocation audit stays: it records what people did, not what a source holds.
   */
  public void removeSource(String sourceId) {
    inOneTransaction(
        "remove source " + sourceId,
        st -> {
          for (ItemTable<?> table : ItemTables.CLEANUP_ORDER) {
            deleteWhereSource(table.name(), sourceId);
          }
          deleteWhereSource("sync_runs", sourceId);
          try (PreparedStatement delete =
              writer.prepareStatement("DELETE FROM sources WHERE id = ?")) {
            delete.setString(1, sourceId);
            delete.executeUpdate();
          }
        });
  }

  private void deleteWhereSource(String table, String sourceId) throws SQLException {
    try (PreparedStatement delete =
        writer.prepareStatement("DELETE FROM " + table + " WHERE source_id = ?")) {
      delete.setString(1, sourceId);
      delete.executeUpdate();
    }
  }

  @FunctionalInterface
  private interface Change {
    void run(Statement statement) throws SQLException;
  }

  private void inOneTransaction(String what, Change change) {
    requireWritable(what);
    if (syncOpen) {
      throw new IllegalStateException("cannot " + what + ": a sync run is open on " + file);
    }
    try (Statement st = writer.createStatement()) {
      writer.setAutoCommit(false);
      change.run(st);
      writer.commit();
    } catch (SQLException e) {
      rollbackQuietly();
      throw new CacheException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
    } finally {
      restoreAutoCommit();
    }
  }

  private void rollbackQuietly() {
    try {
      writer.rollback();
    } catch (SQLException ignored) {
      // The original failure is the one worth reporting.
    }
  }

  private void restoreAutoCommit() {
    try {
      writer.setAutoCommit(true);
    } catch (SQLException e) {
      throw new CacheException("cannot reset the cache connection: " + e.getMessage(), e);
    }
  }

  /**
   * Keeps {@code entry} in the score history, replacing the one of the same scope and estate state.
   * Skipped on a read-only cache, and while a sync run is open: its transaction holds the write
   * connection, and the score of the state it leaves is recorded the next time anyone computes one.
   *
   * @return whether the entry was kept
   */
  public boolean recordScore(ScoreEntry entry) {
    if (syncOpen || readOnly) {
      return false;
    }
    write(
        "record a score",
        "INSERT INTO score_history(scope, sync_run_id, computed_at, level, criteria)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT(scope, sync_run_id) DO UPDATE SET"
            + " computed_at = excluded.computed_at, level = excluded.level,"
            + " criteria = excluded.criteria",
        entry.scope(),
        entry.syncRunId(),
        entry.computedAt().toEpochMilli(),
        entry.level(),
        SqlValues.orderedJson(entry.criteria()));
    return true;
  }

  /** Stores agent policies, replacing those of the same agents, all or none. */
  public void savePolicies(List<StoredPolicy> policies) {
    inOneTransaction(
        "save agent policies",
        st -> {
          try (PreparedStatement insert =
              writer.prepareStatement(
                  "INSERT INTO agent_policies(agent_id, document, updated_at) VALUES (?, ?, ?)"
                      + " ON CONFLICT(agent_id) DO UPDATE SET document = excluded.document,"
                      + " updated_at = excluded.updated_at")) {
            for (StoredPolicy policy : policies) {
              insert.setString(1, policy.agentId());
              insert.setString(2, policy.document());
              insert.setLong(3, policy.updatedAt().toEpochMilli());
              insert.executeUpdate();
            }
          }
        });
  }

  public void removePolicy(String agentId) {
    write(
        "remove the policy of " + agentId,
        "DELETE FROM agent_policies WHERE agent_id = ?",
        agentId);
  }

  /** Keeps a console setting (e.g. the scorecard thresholds) in the cache, so a snapshot has it. */
  public void putSetting(String key, String value) {
    requireWritable("save " + key);
    if (syncOpen) {
      throw new IllegalStateException("cannot save " + key + ": a sync run is open on " + file);
    }
    putMeta(key, value);
  }

  private void write(String what, String sql, Object... values) {
    requireWritable(what);
    if (syncOpen) {
      throw new IllegalStateException("cannot " + what + ": a sync run is open on " + file);
    }
    try (PreparedStatement st = writer.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        st.setObject(i + 1, values[i]);
      }
      st.executeUpdate();
    } catch (SQLException e) {
      throw new CacheException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
    }
  }

  private void requireWritable(String what) {
    if (readOnly) {
      throw new IllegalStateException("cannot " + what + ": " + file + " is open read-only");
    }
  }

  public Path file() {
    return file;
  }

  public Clock clock() {
    return clock;
  }

  @Override
  public void close() {
    repository.close();
    closeQuietly(writer);
  }

  private Map<String, String> meta() {
    Map<String, String> meta = new HashMap<>();
    try (PreparedStatement st = writer.prepareStatement("SELECT key, value FROM meta");
        var rs = st.executeQuery()) {
      while (rs.next()) {
        meta.put(rs.getString(1), rs.getString(2));
      }
    } catch (SQLException e) {
      throw new CacheException("cannot read cache metadata: " + e.getMessage(), e);
    }
    return meta;
  }

  private void putMeta(String key, String value) {
    try (PreparedStatement st =
        writer.prepareStatement(
            "INSERT INTO meta(key, value) VALUES (?, ?)"
                + " ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
      st.setString(1, key);
      st.setString(2, value);
      st.executeUpdate();
    } catch (SQLException e) {
      throw new CacheException("cannot write cache metadata: " + e.getMessage(), e);
    }
  }

  private void upsertSource(Source source) throws SQLException {
    try (PreparedStatement st =
        writer.prepareStatement(
            "INSERT INTO sources(id, kind, name, location) VALUES (?, ?, ?, ?) ON CONFLICT(id)"
                + " DO UPDATE SET kind = excluded.kind, name = excluded.name,"
                + " location = excluded.location")) {
      st.setString(1, source.id());
      st.setString(2, source.kind().name());
      st.setString(3, source.name());
      st.setString(4, source.location());
      st.executeUpdate();
    }
  }

  private long insertRun(String sourceId) throws SQLException {
    try (PreparedStatement st =
        writer.prepareStatement(
            "INSERT INTO sync_runs(source_id, started_at, status) VALUES (?, ?, 'RUNNING')"
                + " RETURNING id")) {
      st.setString(1, sourceId);
      st.setLong(2, clock.millis());
      try (var rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * A run still RUNNING when the cache opens belongs to a process that stopped mid-sync; its
   * transaction was never committed, so only its history entry needs closing.
   */
  private static void markAbandonedRunsInterrupted(Connection connection, Instant now)
      throws SQLException {
    try (PreparedStatement st =
        connection.prepareStatement(
            "UPDATE sync_runs SET status = 'INTERRUPTED', finished_at = ?,"
                + " error = 'the process stopped before the run completed'"
                + " WHERE status = 'RUNNING'")) {
      st.setLong(1, now.toEpochMilli());
      st.executeUpdate();
    }
  }

  private static void createParent(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new CacheException("cannot create the folder for " + file + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // Closing after a failure: the original error is the one worth reporting.
    }
  }
}
