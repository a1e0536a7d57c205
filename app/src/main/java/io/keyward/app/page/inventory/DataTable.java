package io.keyward.app.page.inventory;

import atlantafx.base.theme.Styles;
import io.keyward.app.format.CsvWriter;
import io.keyward.app.format.Tone;
import io.keyward.app.view.Badge;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.jspecify.annotations.Nullable;

/** A sortable table whose columns are {@link Column}s: text cells, or badges where toned. */
public final class DataTable<T> extends TableView<T> {
  /**
   * Room for borders and the vertical scroll bar, so filling the width never adds a sideways one.
   */
  private static final double SCROLLBAR_ALLOWANCE = 18;

  private static final KeyCombination COPY =
      new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

  /**
   * @param names the names for the rows currently shown; asked on each render and sort
   */
  public DataTable(List<Column<T>> columns, Supplier<Names> names) {
    for (Column<T> column : columns) {
      getColumns().add(tableColumn(column, names));
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
                  return;
                }
                String value = text.of(row, names.get());
                Tone rowTone = tone == null ? null : tone.apply(row);
                setText(rowTone == null ? value : null);
                setGraphic(rowTone == null ? null : new Badge(value, rowTone));
              }
            });
    return tableColumn;
  }
}
