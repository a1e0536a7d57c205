package io.keyward.app.page.inventory;

import io.keyward.model.cache.Page;
import io.keyward.model.cache.Sort;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Everything that makes one inventory (identities, credentials ...) different from another: its
 * nouns, filter record, query and columns. The view model and the view are the same for all.
 *
 * @param everything the filter that matches every row
 * @param textOf the free-text part of a filter
 * @param withText the filter with other free text
 * @param defaultSort the order while no column is sorted; every column's sort uses the same key
 *     type
 */
public record InventoryDefinition<F, T>(
    String singular,
    String plural,
    F everything,
    Function<F, String> textOf,
    BiFunction<F, String, F> withText,
    Sort<?> defaultSort,
    Query<F, T> query,
    List<Column<T>> columns,
    List<FilterField<F>> filters) {

  public InventoryDefinition {
    columns = List.copyOf(columns);
    filters = List.copyOf(filters);
    Class<?> keyType = defaultSort.key().getDeclaringClass();
    for (Column<T> column : columns) {
      if (column.sort() != null && column.sort().key().getDeclaringClass() != keyType) {
        throw new IllegalArgumentException(
            column.header() + " sorts by " + column.sort().key() + ", not a " + keyType);
      }
    }
  }

  /**
   * The repository call behind the table, e.g. {@code (filter, sort, limit) ->
   * repository.identities(filter, sort.of(IdentitySort.class), limit)}.
   */
  @FunctionalInterface
  public interface Query<F, T> {
    Page<T> run(F filter, Sort<?> sort, int limit);
  }
}
