package io.keyward.app.page.inventory;

import io.keyward.model.cache.Page;
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
 */
public record InventoryDefinition<F, T>(
    String singular,
    String plural,
    F everything,
    Function<F, String> textOf,
    BiFunction<F, String, F> withText,
    Query<F, T> query,
    List<Column<T>> columns,
    List<FilterField<F>> filters) {

  public InventoryDefinition {
    columns = List.copyOf(columns);
    filters = List.copyOf(filters);
  }

  /** The repository call behind the table, e.g. {@code repository::identities}. */
  @FunctionalInterface
  public interface Query<F, T> {
    Page<T> run(F filter, int limit);
  }
}
