package io.keyward.app.page.inventory;

import atlantafx.base.theme.Styles;
import io.keyward.app.format.CsvWriter;
import io.keyward.app.format.Tone;
import io.keyward.app.view.Badge;
import io.keyward.model.cache.Sort;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.jspecify.annotations.Nullable;

/**
 * A sortable table whose columns are {@link Column}s: text cells, or badges where toned. It sorts
 * its rows itself unless told to {@link #sortInDatabase leave sorting to a query}.
 */
public final class DataTable<T> extends TableView<T> {
  /**
   * Room for borders and the vertical scroll bar, so filling the width never adds a sideways one.
   */
  private static final double SCROLLBAR_ALLOWANCE = 18;

  private static final int LONG_TEXT = 20;
  private static final KeyCombination COPY =
      new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

  private final Map<TableColumn<T, ?>, Column<T>> definitions = new LinkedHashMap<>();

  /** Set while {@link #showSort} moves the header arrows, which must not sort again. */
  private boolean showingSort;

  /**
   * @param names the names for the rows currently shown; asked on each render and sort
   */
  public DataTable(List<Column<T>> columns, Supplier<Names> names) {
    for (Column<T> column : columns) {
      TableColumn<T, T> tableColumn = tableColumn(column, names);
      definitions.put(tableColumn, column);
      getColumns().add(tableColumn);
    }
    // Unconstrained, so a narrow table scrolls sideways instead of squeezing every column; the
    // last column takes up whatever width is left over on a wide one.
    setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    TableColumn<T, ?> last = getColumns().get(getColumns().size() - 1);
    double lastWidth = columns.get(columns.size() - 1).width();
    double othersWidth = columns.stream().mapToDouble(Column::width).sum() - lastWidth;
    widthProperty()
        .addListener(
            (obs, old, width) ->
                last.setPrefWidth(
                    Math.max(lastWidth, width.doubleValue() - othersWidth - SCROLLBAR_ALLOWANCE)));
    getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, "data-table");
    // Analysts paste key ids and ARNs into tickets and other consoles: Ctrl+C or the row's menu
    // copies the selected row as one CSV line, exactly as the export would write it.
    MenuItem copy = new MenuItem("Copy row");
    copy.setOnAction(event -> copySelectedRow(columns, names));
    setContextMenu(new ContextMenu(copy));
    addEventHandler(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (COPY.match(event)) {
            copySelectedRow(columns, names);
            event.consume();
          }
        });
  }

  /** Adds an entry to the rows' menu, after "Copy row". */
  public void addMenuItem(MenuItem item) {
    getContextMenu().getItems().add(item);
  }

  /**
   * Hands every header sort to {@code onSort} instead of sorting the rows held: the sort of the
   * first sorted column, reversed when that column is descending, or null when no column is sorted.
   * Columns the database cannot sort by are not sortable.
   */
  public void sortInDatabase(Consumer<@Nullable Sort<?>> onSort) {
    definitions.forEach((tableColumn, column) -> tableColumn.setSortable(column.sort() != null));
    setSortPolicy(
        table -> {
          if (!showingSort) {
            onSort.accept(requestedSort());
          }
          return true;
        });
  }

  /**
   * Marks the header of the column that {@code sort} stands for, or none when no column does (a
   * default such as load order); leaves the headers alone when they already say {@code sort}.
   */
  public void showSort(Sort<?> sort) {
    if (sort.equals(requestedSort())) {
      return;
    }
    showingSort = true;
    try {
      List<TableColumn<T, ?>> marked = new ArrayList<>();
      definitions.forEach(
          (tableColumn, column) -> {
            Sort<?> ascending = column.sort();
            if (marked.isEmpty() && ascending != null && ascending.key().equals(sort.key())) {
              tableColumn.setSortType(
                  ascending.equals(sort)
                      ? TableColumn.SortType.ASCENDING
                      : TableColumn.SortType.DESCENDING);
              marked.add(tableColumn);
            }
          });
      getSortOrder().setAll(marked);
    } finally {
      showingSort = false;
    }
  }

  private @Nullable Sort<?> requestedSort() {
    if (getSortOrder().isEmpty()) {
      return null;
    }
    TableColumn<T, ?> first = getSortOrder().get(0);
    Sort<?> ascending = Objects.requireNonNull(definitions.get(first).sort());
    return first.getSortType() == TableColumn.SortType.DESCENDING
        ? ascending.reversed()
        : ascending;
  }

  private void copySelectedRow(List<Column<T>> columns, Supplier<Names> names) {
    T row = getSelectionModel().getSelectedItem();
    if (row == null) {
      return;
    }
    StringWriter line = new StringWriter();
    try {
      new CsvWriter(line)
          .writeRow(columns.stream().map(c -> c.text().of(row, names.get())).toList());
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    ClipboardContent content = new ClipboardContent();
    content.putString(line.toString().strip());
    Clipboard.getSystemClipboard().setContent(content);
  }

  private static <T> TableColumn<T, T> tableColumn(Column<T> column, Supplier<Names> names) {
    TableColumn<T, T> tableColumn = new TableColumn<>(column.header());
    tableColumn.setPrefWidth(column.width());
    tableColumn.setMinWidth(column.width());
    if (column.numeric()) {
      tableColumn.getStyleClass().add("numeric");
    }
    tableColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
    Column.CellText<T> text = column.text();
    tableColumn.setComparator(
        column.order() != null
            ? column.order()
            : Comparator.comparing(
                (T row) -> text.of(row, names.get()), String.CASE_INSENSITIVE_ORDER));
    Function<T, @Nullable Tone> tone = column.tone();
    tableColumn.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(@Nullable T row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                  setText(null);
                  setGraphic(null);
                  setTooltip(null);
                  return;
                }
                String value = text.of(row, names.get());
                Tone rowTone = tone == null ? null : tone.apply(row);
                setText(rowTone == null ? value : null);
                setGraphic(rowTone == null ? null : new Badge(value, rowTone));
                // Long values (titles, ARNs, URIs) are cut at the column edge; hover shows them
                // whole.
                setTooltip(value.length() > LONG_TEXT ? new Tooltip(value) : null);
              }
            });
    return tableColumn;
  }
}
