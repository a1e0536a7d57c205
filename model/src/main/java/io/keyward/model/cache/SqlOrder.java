package io.keyward.model.cache;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The SQL behind one sort key: a fixed expression, never user text, and where rows without a value
 * go.
 */
record SqlOrder(String expression, Nulls nulls) {

  /** Where rows whose value is NULL sort. */
  enum Nulls {
    /** Before every value ascending, e.g. a never-used grant is the least recently used. */
    SMALLEST,
    /** After every value ascending, e.g. a credential that never expires. */
    LARGEST,
    /** At the end in both directions: the value is unknown, so it is neither old nor new. */
    LAST
  }

  static SqlOrder of(String expression) {
    return new SqlOrder(expression, Nulls.SMALLEST);
  }

  /** An enum column in the constants' declared order (LOW before CRITICAL), not alphabetically. */
  static <E extends Enum<E>> SqlOrder rank(String column, E[] constants) {
    return of(
        Arrays.stream(constants)
            .map(c -> " WHEN '" + c.name() + "' THEN " + c.ordinal())
            .collect(Collectors.joining("", "CASE " + column, " END")));
  }

  /** The display name of the row's source, so the order matches the names the table shows. */
  static SqlOrder sourceName(String sourceIdColumn) {
    return of("(SELECT name FROM sources WHERE id = " + sourceIdColumn + ")");
  }

  /**
   * The ORDER BY list, ending in {@code tieBreaker} (ascending) unless it sorts by that already.
   */
  String orderBy(boolean descending, String tieBreaker) {
    String direction = descending ? " DESC" : "";
    String order =
        switch (nulls) {
          case SMALLEST -> expression + direction;
          case LARGEST -> expression + " IS NULL" + direction + ", " + expression + direction;
          case LAST -> expression + " IS NULL, " + expression + direction;
        };
    return expression.equals(tieBreaker) ? order : order + ", " + tieBreaker;
  }
}
