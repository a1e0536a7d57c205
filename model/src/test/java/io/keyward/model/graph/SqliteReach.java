package io.keyward.model.graph;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * The blast radius as a SQLite recursive CTE straight on the cache file: the reference the graph
 * index is checked against in tests and compared with in {@code bench/run graph}. It follows every
 * unexpired delegation as recorded (no AWS account-trust expansion, so estates without account
 * trust edges give the same answer).
 */
public final class SqliteReach implements AutoCloseable {
  static final String REACH =
      "WITH RECURSIVE reach(id) AS (SELECT ? UNION SELECT d.to_id FROM delegations d"
          + " JOIN reach r ON d.from_id = r.id WHERE d.expires_at IS NULL OR d.expires_at > ?)";
  private final Connection connection;
  private final PreparedStatement identities;
  private final PreparedStatement grants;
  private final long now;

  public SqliteReach(Path cacheFile, Instant asOf) throws SQLException {
    connection = DriverManager.getConnection("jdbc:sqlite:" + cacheFile);
    identities = connection.prepareStatement(REACH + " SELECT id FROM reach");
    grants =
        connection.prepareStatement(
            REACH
                + " SELECT DISTINCT g.permission, g.resource FROM grants g"
                + " WHERE g.principal_id IN (SELECT id FROM reach)");
    now = asOf.toEpochMilli();
  }

  /** Every principal reachable from {@code id}, itself included. */
  public Set<String> identities(String id) throws SQLException {
    Set<String> found = new TreeSet<>();
    identities.setString(1, id);
    identities.setLong(2, now);
    try (var rs = identities.executeQuery()) {
      while (rs.next()) {
        found.add(rs.getString(1));
      }
    }
    return found;
  }

  /** The distinct {@code permission resource} pairs held by what {@code id} reaches. */
  public Set<String> grants(String id) throws SQLException {
    Set<String> found = new TreeSet<>();
    grants.setString(1, id);
    grants.setLong(2, now);
    try (var rs = grants.executeQuery()) {
      while (rs.next()) {
        found.add(rs.getString(1) + " " + rs.getString(2));
      }
    }
    return found;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
