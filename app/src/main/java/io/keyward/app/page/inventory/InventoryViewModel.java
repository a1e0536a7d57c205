package io.keyward.app.page.inventory;

import io.keyward.app.format.CsvWriter;
import io.keyward.app.format.Display;
import io.keyward.app.task.BackgroundTask;
import io.keyward.app.task.BackgroundTasks;
import io.keyward.model.cache.Page;
import io.keyward.model.cache.Sort;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * State and commands of one inventory table: the filter and sort, the rows of the latest query,
 * what the count line says, and CSV export. Every filter or sort change queries again through
 * {@link BackgroundTasks}; a newer query cancels an older one, so only the latest result is shown.
 * The database sorts, never the table: sorting only the rows held would misorder a truncated list.
 */
public class InventoryViewModel<F, T> {
  /** Rows a table holds at most; the count line tells the analyst when more matched. */
  public static final int DEFAULT_LIMIT = 100_000;

  private final InventoryDefinition<F, T> definition;
  private final BackgroundTasks tasks;
  private final int limit;

  private final ReadOnlyObjectWrapper<F> filter;
  private final ReadOnlyObjectWrapper<@Nullable Preset<F>> preset = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Sort<?>> sort;
  private final ObservableList<T> rows = FXCollections.observableArrayList();
  private final ObservableList<T> visibleRows = FXCollections.unmodifiableObservableList(rows);
  private final ObjectProperty<@Nullable T> selected = new SimpleObjectProperty<>();
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
  private final ReadOnlyStringWrapper countLine = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper truncated = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private Names names = Names.NONE;
  private boolean loaded;
  private @Nullable BackgroundTask running;

  public InventoryViewModel(
      InventoryDefinition<F, T> definition, BackgroundTasks tasks, int limit) {
    this.definition = definition;
    this.tasks = tasks;
    this.limit = limit;
    this.filter = new ReadOnlyObjectWrapper<>(definition.everything());
    this.sort = new ReadOnlyObjectWrapper<>(definition.defaultSort());
  }

  public InventoryDefinition<F, T> definition() {
    return definition;
  }

  public ReadOnlyObjectProperty<F> filter() {
    return filter.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<@Nullable Preset<F>> preset() {
    return preset.getReadOnlyProperty();
  }

  /** The rows of the latest query, in the order of {@link #sort()}. */
  public ObservableList<T> visibleRows() {
    return visibleRows;
  }

  /** The order the rows were queried in. */
  public ReadOnlyObjectProperty<Sort<?>> sort() {
    return sort.getReadOnlyProperty();
  }

  /**
   * Queries again in {@code newSort}, or in the inventory's default order when null (the analyst
   * took the sort off every column). Before the first load it only records the order.
   */
  public void sortBy(@Nullable Sort<?> newSort) {
    Sort<?> wanted = newSort == null ? definition.defaultSort() : newSort;
    if (wanted.equals(sort.get())) {
      return;
    }
    sort.set(wanted);
    if (loaded) {
      reload();
    }
  }

  public ObjectProperty<@Nullable T> selected() {
    return selected;
  }

  public ReadOnlyBooleanProperty loading() {
    return loading.getReadOnlyProperty();
  }

  /** How far the latest query is, from 0 to 1, or -1 while it cannot tell. */
  public ReadOnlyDoubleProperty progress() {
    return progress.getReadOnlyProperty();
  }

  /** "1,234 identities", or what share of the matches the table holds when it is truncated. */
  public ReadOnlyStringProperty countLine() {
    return countLine.getReadOnlyProperty();
  }

  /** Whether more rows matched than the table holds. */
  public ReadOnlyBooleanProperty truncated() {
    return truncated.getReadOnlyProperty();
  }

  /** Why the latest query failed, or empty. */
  public ReadOnlyStringProperty problem() {
    return problem.getReadOnlyProperty();
  }

  /** The outcome of the latest export, or empty. */
  public ReadOnlyStringProperty notice() {
    return notice.getReadOnlyProperty();
  }

  /** Names of the identities the current rows refer to. */
  public Names names() {
    return names;
  }

  /** Loads the first time the page is shown, so hidden pages cost nothing at start-up. */
  public void activate() {
    if (!loaded) {
      reload();
    }
  }

  public void reload() {
    loaded = true;
    if (running != null) {
      running.cancel();
    }
    F query = filter.get();
    Sort<?> order = sort.get();
    loading.set(true);
    running =
        tasks.submit(job -> definition.query().run(query, order, limit), this::show, this::fail);
    progress.bind(running.progress());
  }

  public String searchText() {
    return definition.textOf().apply(filter.get());
  }

  public void search(String text) {
    if (!text.equals(searchText())) {
      setFilter(definition.withText().apply(filter.get(), text));
    }
  }

  /**
   * Replaces the filter and queries again. A preset stays shown only while the filter still narrows
   * exactly as the preset does (free text aside), so the chip never claims a filter that the
   * analyst has since changed.
   */
  public void setFilter(F newFilter) {
    if (newFilter.equals(filter.get())) {
      return;
    }
    filter.set(newFilter);
    Preset<F> active = preset.get();
    if (active != null && !withoutText(active.filter()).equals(withoutText(newFilter))) {
      preset.set(null);
    }
    reload();
  }

  public void applyPreset(Preset<F> newPreset) {
    preset.set(newPreset);
    if (newPreset.filter().equals(filter.get())) {
      activate();
    } else {
      filter.set(newPreset.filter());
      reload();
    }
  }

  /** Drops the preset and every filter but the free text. */
  public void removePreset() {
    preset.set(null);
    setFilter(definition.withText().apply(definition.everything(), searchText()));
  }

  /** Back to every row: no text, no filters, no preset. */
  public void clearFilters() {
    preset.set(null);
    setFilter(definition.everything());
  }

  /** Whether anything narrows the list, so the view can offer to clear it. */
  public boolean narrowed() {
    return !filter.get().equals(definition.everything());
  }

  /** Selects the first visible row, as if the analyst clicked it. */
  public void selectFirst() {
    selected.set(visibleRows.isEmpty() ? null : visibleRows.get(0));
  }

  /** Writes the visible rows, in their visible order, with the columns the table shows. */
  public void exportCsv(Path file) {
    List<T> snapshot = List.copyOf(visibleRows);
    Names snapshotNames = names;
    tasks.submit(
        job -> {
          writeCsv(file, snapshot, snapshotNames);
          return snapshot.size();
        },
        written ->
            notice.set(
                "Exported "
                    + Display.count(written, definition.singular(), definition.plural())
                    + " to "
                    + file.getFileName()),
        failure -> notice.set("Export failed: " + message(failure)));
  }

  private void writeCsv(Path file, List<T> snapshot, Names snapshotNames) throws IOException {
    List<Column<T>> columns = definition.columns();
    try (Writer out = Files.newBufferedWriter(file)) {
      CsvWriter csv = new CsvWriter(out);
      csv.writeRow(columns.stream().map(Column::header).toList());
      List<String> fields = new ArrayList<>(columns.size());
      for (T row : snapshot) {
        fields.clear();
        for (Column<T> column : columns) {
          fields.add(column.text().of(row, snapshotNames));
        }
        csv.writeRow(fields);
      }
    }
  }

  private void show(Page<T> page) {
    names = page::nameOf;
    T previous = selected.get();
    rows.setAll(page.items());
    selected.set(previous != null && rows.contains(previous) ? previous : null);
    countLine.set(countLine(page));
    truncated.set(page.truncated());
    problem.set("");
    loading.set(false);
  }

  private String countLine(Page<T> page) {
    if (page.truncated()) {
      return "first "
          + Display.count(page.items().size())
          + " of "
          + Display.count(page.total())
          + " "
          + definition.plural()
          + " — narrow the filters";
    }
    return Display.count(page.total(), definition.singular(), definition.plural());
  }

  private void fail(Throwable failure) {
    rows.clear();
    countLine.set("");
    truncated.set(false);
    problem.set("Could not load " + definition.plural() + ": " + message(failure));
    loading.set(false);
  }

  private F withoutText(F value) {
    return definition.withText().apply(value, "");
  }

  private static String message(Throwable failure) {
    return Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName());
  }
}
