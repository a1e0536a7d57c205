package io.keyward.model.cache;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One synced table described once: its columns, how a record binds to them and how a row reads
 * back. Sync sessions write through it and the repository reads through it, so the two cannot drift
 * apart.
 *
 * @param columns the record's columns in bind order, after {@code id, source_id, seen_in_run}
 * @param tracksFirstSeen whether the table keeps, in {@code first_seen_run}, the run that inserted
 *     each row, untouched by the runs that see it again
 */
record ItemTable<T>(
    String name,
    List<String> columns,
    Binder<T> binder,
    Reader<T> reader,
    boolean tracksFirstSeen) {

  /** Binds the record's own columns starting at parameter {@code first}. */
  @FunctionalInterface
  interface Binder<T> {
    void bind(PreparedStatement st, int first, T item) throws SQLException;
  }

  @FunctionalInterface
  interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  ItemTable {
    columns = List.copyOf(columns);
  }

  ItemTable(String name, List<String> columns, Binder<T> binder, Reader<T> reader) {
    this(name, columns, binder, reader, false);
  }

  /**
   * Inserts a row or, when the id exists, overwrites it and marks it seen by this run; a first seen
   * run is set by the insert only (to parameter 3, the run) and never overwritten.
   */
  String upsertSql() {
    String all =
        "id, source_id, seen_in_run, "
            + String.join(", ", columns)
            + (tracksFirstSeen ? ", first_seen_run" : "");
    String marks = "?, ".repeat(columns.size() + 2) + "?" + (tracksFirstSeen ? ", ?3" : "");
    String updates =
        "source_id = excluded.source_id, seen_in_run = excluded.seen_in_run, "
            + columns.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
    return "INSERT INTO "
        + name
        + " ("
        + all
        + ") VALUES ("
        + marks
        + ") ON CONFLICT(id) DO UPDATE SET "
        + updates;
  }

  /** The select list for reading records, qualified by {@code alias}. */
  String selectList(String alias) {
    return alias
        + ".id, "
        + alias
        + ".source_id, "
        + columns.stream().map(c -> alias + "." + c).collect(Collectors.joining(", "));
  }
}
