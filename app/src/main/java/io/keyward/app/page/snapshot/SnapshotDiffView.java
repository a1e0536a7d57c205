package io.keyward.app.page.snapshot;

import atlantafx.base.theme.Styles;
import io.keyward.app.view.Labels;
import io.keyward.model.snapshot.ItemChange;
import io.keyward.model.snapshot.KindDiff;
import io.keyward.model.snapshot.SnapshotDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A comparison of two estates: the maturity level before and after, a count table per kind, and for
 * each kind that changed the items themselves ({@code +} added, {@code −} removed, {@code ~}
 * changed with the fields that differ).
 */
public final class SnapshotDiffView {
  private static final double ROW_HEIGHT = 30;

  private final VBox root = new VBox(12);

  public SnapshotDiffView(SnapshotDiff diff, String before, String after) {
    Label title = new Label("From " + before + " to " + after);
    title.getStyleClass().add(Styles.TITLE_4);
    title.setWrapText(true);
    Label level = new Label(levelText(diff));
    level.setId("diff-level");
    level
        .getStyleClass()
        .add(diff.levelAfter() < diff.levelBefore() ? Styles.DANGER : Styles.TEXT_BOLD);
    root.getChildren().addAll(title, level, counts(diff));
    for (var kind : diff.kinds().entrySet()) {
      if (!kind.getValue().isEmpty()) {
        root.getChildren().add(items(kind.getKey(), kind.getValue()));
      }
    }
    if (diff.isEmpty()) {
      root.getChildren().add(Labels.muted("No identity, credential, grant or delegation changed."));
    }
    root.setPadding(new Insets(16));
    root.setId("snapshot-diff");
  }

  public Node view() {
    return root;
  }

  static String levelText(SnapshotDiff diff) {
    return diff.levelBefore() == diff.levelAfter()
        ? "Maturity level " + diff.levelAfter() + ", unchanged"
        : "Maturity level " + diff.levelBefore() + " → " + diff.levelAfter();
  }

  private static GridPane counts(SnapshotDiff diff) {
    GridPane grid = new GridPane();
    grid.setHgap(24);
    grid.setVgap(4);
    String[] headings = {"", "Added", "Removed", "Changed"};
    for (int column = 0; column < headings.length; column++) {
      grid.add(Labels.muted(headings[column]), column, 0);
    }
    int row = 1;
    for (var kind : diff.kinds().entrySet()) {
      KindDiff d = kind.getValue();
      grid.add(new Label(capitalised(kind.getKey())), 0, row);
      grid.add(count(d.added().size(), kind.getKey(), "added"), 1, row);
      grid.add(count(d.removed().size(), kind.getKey(), "removed"), 2, row);
      grid.add(count(d.changed().size(), kind.getKey(), "changed"), 3, row);
      row++;
    }
    return grid;
  }

  private static Label count(int n, String kind, String what) {
    Label label = new Label(Integer.toString(n));
    label.setId("diff-" + kind + "-" + what);
    if (n > 0) {
      label.getStyleClass().add(Styles.TEXT_BOLD);
    }
    return label;
  }

  private static String capitalised(String kind) {
    return kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
  }

  private static TitledPane items(String kind, KindDiff diff) {
    List<String> lines = new ArrayList<>();
    diff.added().forEach(id -> lines.add("+  " + id));
    diff.removed().forEach(id -> lines.add("−  " + id));
    for (ItemChange change : diff.changed()) {
      lines.add("~  " + change.id() + "  (" + String.join(", ", change.fields()) + ")");
    }
    ListView<String> list = new ListView<>();
    list.getItems().setAll(lines);
    // Up to ten rows show without scrolling; longer lists scroll inside their pane.
    list.setFixedCellSize(ROW_HEIGHT);
    list.setPrefHeight(Math.min(10, lines.size()) * ROW_HEIGHT + 4);
    list.setMinHeight(Region.USE_PREF_SIZE);
    TitledPane pane = new TitledPane(capitalised(kind) + " (" + lines.size() + ")", list);
    pane.setId("diff-items-" + kind);
    return pane;
  }
}
