package io.keyward.model.cache;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Collects the conditions of a filtered query and their parameters, in order. */
final class SqlWhere {
  private final List<String> clauses = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  /** Adds {@code clause} with its parameters; {@code ?} marks each one. */
  SqlWhere and(String clause, Object... values) {
    clauses.add(clause);
    params.addAll(List.of(values));
    return this;
  }

  /**
   * Adds {@code clause} with {@code value} for every {@code ?} in it: one key tried several ways.
   */
  SqlWhere andEachMark(String clause, Object value) {
    for (int i = 0; i < clause.length(); i++) {
      if (clause.charAt(i) == '?') {
        params.add(value);
      }
    }
    clauses.add(clause);
    return this;
  }

  SqlWhere equal(String column, @Nullable Object value) {
    return value == null ? this : and(column + " = ?", value);
  }

  /** {@code column IN (...)} over enum names; an empty set adds nothing. */
  SqlWhere in(String column, Collection<? extends Enum<?>> values) {
    if (values.isEmpty()) {
      return this;
    }
    String marks = values.stream().map(v -> "?").collect(Collectors.joining(", "));
    return and(column + " IN (" + marks + ")", values.stream().map(Enum::name).toArray());
  }

  /**
   * {@code column} is one of {@code values}; an empty collection matches nothing. The values travel
   * as one JSON array parameter, so a hundred thousand of them stay within SQLite's limits.
   */
  SqlWhere inTexts(String column, Collection<String> values) {
    if (values.isEmpty()) {
      return and("0");
    }
    return and(inJsonArray(column), jsonArray(values));
  }

  /** {@code column IN} the one JSON array parameter the clause takes (see {@link #jsonArray}). */
  static String inJsonArray(String column) {
    return column + " IN (SELECT value FROM json_each(?))";
  }

  /** {@code values} as the parameter of {@link #inJsonArray}. */
  static String jsonArray(Collection<String> values) {
    return SqlValues.json(List.copyOf(values));
  }

  /** {@code column} is one of {@code ids}, as a filter: an empty set adds nothing. */
  SqlWhere idIn(String column, Set<String> ids) {
    return ids.isEmpty() ? this : inTexts(column, ids);
  }

  /**
   * Case-insensitive substring match of {@code text} against any of {@code expressions}; blank text
   * adds nothing.
   */
  SqlWhere contains(String text, String... expressions) {
    if (text.isBlank()) {
      return this;
    }
    String pattern = "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
    List<String> parts = new ArrayList<>();
    Object[] values = new Object[expressions.length];
    for (int i = 0; i < expressions.length; i++) {
      parts.add("lower(" + expressions[i] + ") LIKE ? ESCAPE '\\'");
      values[i] = pattern;
    }
    return and("(" + String.join(" OR ", parts) + ")", values);
  }

  String sql() {
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  /** Binds the parameters from index 1 and returns the next free index. */
  int bind(PreparedStatement st) throws SQLException {
    int index = 1;
    for (Object value : params) {
      st.setObject(index++, value);
    }
    return index;
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
