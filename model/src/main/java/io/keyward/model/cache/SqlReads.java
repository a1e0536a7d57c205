package io.keyward.model.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The statements every read of the repository is made of (pages, rows, counts, streams, name
 * look-ups), on its one read-only connection, so the parts of the repository share one mechanism.
 * Not synchronized: the repository serializes calls. A failed statement becomes a {@link
 * CacheException}.
 */
final class SqlReads {
  private static final int STREAM_FETCH = 10_000;
  private static final String IDENTITY_NAMES = "SELECT id, name FROM identities";

  private final Connection connection;

  SqlReads(Connection connection) {
    this.connection = connection;
  }

  /**
   * The first {@code limit} rows of {@code table} that {@code where} keeps, the total that matched
   * and the names of the identities each row mentions ({@code references}).
   */
  <T> Page<T> page(
      ItemTable<T> table,
      String from,
      String alias,
      SqlWhere where,
      String orderBy,
      int limit,
      Function<T, Stream<@Nullable String>> references) {
    List<T> items = rows(table, from, alias, where, orderBy, limit);
    long total = items.size() < limit ? items.size() : count(from, where);
    Set<String> ids =
        items.stream()
            .flatMap(references)
            .filter(Objects::nonNull)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    return new Page<>(items, total, names(ids));
  }

  /** At most {@code limit} rows of {@code table} that {@code where} keeps, in {@code orderBy}. */
  <T> List<T> rows(
      ItemTable<T> table, String from, String alias, SqlWhere where, String orderBy, int limit) {
    String sql =
        "SELECT "
            + table.selectList(alias)
            + " FROM "
            + from
            + where.sql()
            + " ORDER BY "
            + orderBy
            + " LIMIT ?";
    return all(sql, st -> st.setInt(where.bind(st), limit), table.reader());
  }

  /** As {@link #rows(ItemTable, String, String, SqlWhere, String, int)} from the table alone. */
  <T> List<T> rows(ItemTable<T> table, String alias, SqlWhere where, String orderBy, int limit) {
    return rows(table, table.name() + " " + alias, alias, where, orderBy, limit);
  }

  /** The row of {@code table} whose {@code idColumn} is {@code id}, if any. */
  <T> Optional<T> first(ItemTable<T> table, String from, String alias, String idColumn, String id) {
    return rows(table, from, alias, new SqlWhere().equal(idColumn, id), idColumn, 1).stream()
        .findFirst();
  }

  /** Every row of {@code select} that {@code where} keeps, in {@code orderBy} order. */
  <T> List<T> list(String select, SqlWhere where, String orderBy, ItemTable.Reader<T> reader) {
    return all(select + where.sql() + " ORDER BY " + orderBy, where::bind, reader);
  }

  /** Every row of {@code select} that {@code where} keeps, in no particular order. */
  <T> List<T> list(String select, SqlWhere where, ItemTable.Reader<T> reader) {
    return all(select + where.sql(), where::bind, reader);
  }

  /** Every row of a fixed statement without parameters, such as an aggregate. */
  <T> List<T> list(String sql, ItemTable.Reader<T> reader) {
    return all(sql, st -> {}, reader);
  }

  /** Feeds every row of {@code table} that {@code where} keeps to {@code sink}, one at a time. */
  <T> void stream(ItemTable<T> table, SqlWhere where, Consumer<T> sink) {
    String sql = "SELECT " + table.selectList("x") + " FROM " + table.name() + " x" + where.sql();
    each(
        sql,
        st -> {
          st.setFetchSize(STREAM_FETCH);
          where.bind(st);
        },
        table.reader(),
        sink);
  }

  /** How many rows of {@code from} {@code where} keeps. */
  long count(String from, SqlWhere where) {
    return list("SELECT count(*) FROM " + from, where, rs -> rs.getLong(1)).stream()
        .findFirst()
        .orElse(0L);
  }

  /** How many rows {@code table} has. */
  long count(String table) {
    return count(table, new SqlWhere());
  }

  /** The rows of a {@code SELECT key, count(*) ... GROUP BY key} statement. */
  List<Map.Entry<String, Long>> groupCount(String sql) {
    return list(sql, rs -> Map.entry(rs.getString(1), rs.getLong(2)));
  }

  /** Display names of the given identity ids; ids not in the cache are left out. */
  Map<String, String> names(Set<String> ids) {
    return names(IDENTITY_NAMES, "id", ids);
  }

  /**
   * Runs {@code select} (an id and a name) for the rows whose {@code idColumn} is one of {@code
   * ids}, as a map from id to name.
   */
  Map<String, String> names(String select, String idColumn, Set<String> ids) {
    Map<String, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    for (var row :
        list(
            select,
            new SqlWhere().inTexts(idColumn, ids),
            rs -> Map.entry(rs.getString(1), rs.getString(2)))) {
      names.put(row.getKey(), row.getValue());
    }
    return names;
  }

  void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new CacheException("cannot close the cache: " + e.getMessage(), e);
    }
  }

  private <T> List<T> all(String sql, Parameters parameters, ItemTable.Reader<T> reader) {
    List<T> rows = new ArrayList<>();
    each(sql, parameters, reader, rows::add);
    return rows;
  }

  /** Runs {@code sql} and hands each row, as {@code reader} reads it, to {@code sink}. */
  private <T> void each(
      String sql, Parameters parameters, ItemTable.Reader<T> reader, Consumer<T> sink) {
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      parameters.bind(st);
      try (var rs = st.executeQuery()) {
        while (rs.next()) {
          sink.accept(reader.read(rs));
        }
      }
    } catch (SQLException e) {
      throw new CacheException("cannot read the cache: " + e.getMessage(), e);
    }
  }

  /** Sets up a prepared statement before it runs: its parameters, its fetch size. */
  @FunctionalInterface
  private interface Parameters {
    void bind(PreparedStatement st) throws SQLException;
  }
}
