package io.keyward.model.cache;

import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.Source;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The reads lineage analysis needs (see {@code io.keyward.model.lineage}): runs and resources
 * whole, and grants, delegations and identities only for the ids an analysis asks about, so a
 * question about one model version never reads a million grants. Shares the repository's connection
 * and lock.
 */
public final class LineageQueries {
  private static final int CHUNK = 500;

  private final Connection connection;
  private final EstateRepository lock;

  LineageQueries(Connection connection, EstateRepository lock) {
    this.connection = connection;
    this.lock = lock;
  }

  public List<Source> sources() {
    return lock.sources();
  }

  /** Every resource, in load order. */
  public List<Resource> resources() {
    return read(ItemTables.RESOURCES, "", List.of());
  }

  /** Every lineage record, newest start first. */
  public List<LineageRecord> runs() {
    return read(ItemTables.LINEAGE, " ORDER BY x.started_at DESC, x.id", List.of());
  }

  /**
   * Write and admin grants on any of {@code resources}, plus every write or admin grant whose
   * resource is a pattern ending in {@code *}: the caller decides which patterns cover what.
   */
  public List<Grant> writeGrants(Collection<String> resources) {
    List<Grant> grants =
        read(
            ItemTables.GRANTS,
            " WHERE x.privilege IN ('WRITE', 'ADMIN') AND x.resource LIKE '%*' ORDER BY x.rowid",
            List.of());
    for (List<String> chunk : chunks(resources)) {
      grants.addAll(
          read(
              ItemTables.GRANTS,
              " WHERE x.privilege IN ('WRITE', 'ADMIN') AND x.resource NOT LIKE '%*'"
                  + " AND x.resource IN ("
                  + marks(chunk)
                  + ") ORDER BY x.rowid",
              chunk));
    }
    return grants;
  }

  /** Delegations whose {@code to} end is one of {@code identityIds}: who can act through them. */
  public List<Delegation> delegationsTo(Collection<String> identityIds) {
    List<Delegation> found = new ArrayList<>();
    for (List<String> chunk : chunks(identityIds)) {
      found.addAll(
          read(
              ItemTables.DELEGATIONS,
              " WHERE x.to_id IN (" + marks(chunk) + ") ORDER BY x.rowid",
              chunk));
    }
    return found;
  }

  /**
   * Identities whose id, email (ignoring case) or name is one of {@code references}: the candidates
   * for the user a source recorded on a run.
   */
  public List<Identity> identitiesNamed(Collection<String> references) {
    List<Identity> found = new ArrayList<>();
    for (List<String> chunk : chunks(references)) {
      List<String> lower = chunk.stream().map(r -> r.toLowerCase(Locale.ROOT)).toList();
      List<String> params = new ArrayList<>(chunk);
      params.addAll(lower);
      params.addAll(chunk);
      found.addAll(
          read(
              ItemTables.IDENTITIES,
              " WHERE x.id IN ("
                  + marks(chunk)
                  + ") OR lower(x.email) IN ("
                  + marks(chunk)
                  + ") OR x.name IN ("
                  + marks(chunk)
                  + ") ORDER BY x.id",
              params));
    }
    return found.stream().distinct().toList();
  }

  private <T> List<T> read(ItemTable<T> table, String rest, List<String> params) {
    synchronized (lock) {
      String sql = "SELECT " + table.selectList("x") + " FROM " + table.name() + " x" + rest;
      List<T> items = new ArrayList<>();
      try (PreparedStatement st = connection.prepareStatement(sql)) {
        for (int i = 0; i < params.size(); i++) {
          st.setString(i + 1, params.get(i));
        }
        try (var rs = st.executeQuery()) {
          while (rs.next()) {
            items.add(table.reader().read(rs));
          }
        }
      } catch (SQLException e) {
        throw new CacheException("cannot read the cache: " + e.getMessage(), e);
      }
      return items;
    }
  }

  private static List<List<String>> chunks(Collection<String> values) {
    List<String> all = values.stream().distinct().toList();
    List<List<String>> chunks = new ArrayList<>();
    for (int start = 0; start < all.size(); start += CHUNK) {
      chunks.add(all.subList(start, Math.min(all.size(), start + CHUNK)));
    }
    return chunks;
  }

  private static String marks(List<String> chunk) {
    return chunk.stream().map(v -> "?").collect(Collectors.joining(", "));
  }
}
