package io.keyward.app.page.inventory;

import io.keyward.app.format.Tone;
import io.keyward.model.cache.Sort;
import java.util.Comparator;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One column of an inventory: its header, how a row reads in it (the same text the table shows and
 * the CSV export writes), and optionally a sort order other than by that text and a tone that
 * renders the cell as a coloured badge (rows whose tone is null show plain text).
 *
 * @param width preferred width in pixels
 * @param order how a table sorting its rows itself orders them; null sorts by the text
 * @param sort for an inventory, which the database sorts, what the column's ascending order is;
 *     null where the database cannot sort by it
 * @param numeric whether the text is a number, aligned right so magnitudes line up
 */
public record Column<T>(
    String header,
    double width,
    CellText<T> text,
    @Nullable Comparator<T> order,
    @Nullable Function<T, @Nullable Tone> tone,
    @Nullable Sort<?> sort,
    boolean numeric) {

  /** The text of a row in a column; names resolve identity ids. */
  @FunctionalInterface
  public interface CellText<T> {
    String of(T row, Names names);
  }

  public static <T> Column<T> of(String header, double width, CellText<T> text) {
    return new Column<>(header, width, text, null, null, null, false);
  }

  public static <T> Column<T> of(String header, double width, Function<T, String> text) {
    return of(header, width, (row, names) -> text.apply(row));
  }

  /**
   * Sorted in the database by {@code ascending} when the analyst sorts it ascending, and by its
   * reverse when descending; e.g. an age column is ascending when creation times descend.
   */
  public Column<T> sortedIn(Sort<?> ascending) {
    return new Column<>(header, width, text, order, tone, ascending, numeric);
  }

  /** A number column, sorted by {@code value} and aligned right. */
  public Column<T> numericBy(Comparator<T> value) {
    return new Column<>(header, width, text, value, tone, sort, true);
  }

  /** A number column aligned right, for tables that sort in the database. */
  public Column<T> asNumber() {
    return new Column<>(header, width, text, order, tone, sort, true);
  }

  public Column<T> toned(Function<T, @Nullable Tone> newTone) {
    return new Column<>(header, width, text, order, newTone, sort, numeric);
  }
}
