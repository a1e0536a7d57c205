package io.keyward.app.console;

import atlantafx.base.theme.Styles;
import io.keyward.app.format.Display;
import io.keyward.app.page.PageContext;
import io.keyward.app.page.snapshot.SnapshotDiffView;
import io.keyward.model.cache.Cache;
import io.keyward.model.snapshot.ExportOptions;
import io.keyward.model.snapshot.OpenedSnapshot;
import io.keyward.model.snapshot.SnapshotDiff;
import io.keyward.model.snapshot.SnapshotExport;
import io.keyward.model.snapshot.SnapshotManifest;
import io.keyward.model.snapshot.SnapshotReader;
import io.keyward.model.snapshot.VerifiedSnapshot;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The shell header's snapshot parts: the SNAPSHOT badge when showing one, "Export snapshot…" on a
 * live cache, and "Compare with snapshot…", which shows what changed from the chosen snapshot to
 * what the console shows. Both run in the background.
 */
final class SnapshotActions {
  private static final FileChooser.ExtensionFilter SNAPSHOTS =
      new FileChooser.ExtensionFilter("Keyward snapshots (*.kwsnap)", "*.kwsnap");

  private final Cache cache;
  private final PageContext context;
  private final Optional<VerifiedSnapshot> snapshot;

  SnapshotActions(Cache cache, PageContext context, Optional<VerifiedSnapshot> snapshot) {
    this.cache = cache;
    this.context = context;
    this.snapshot = snapshot;
  }

  /** The SNAPSHOT badge and what the manifest says, or nothing on a live cache. */
  List<Node> badge() {
    if (snapshot.isEmpty()) {
      return List.of();
    }
    SnapshotManifest manifest = snapshot.get().manifest();
    Label badge = new Label("SNAPSHOT " + Display.instant(manifest.createdAt()));
    badge.getStyleClass().add("snapshot-badge");
    badge.setId("snapshot-badge");
    badge.setMinWidth(Region.USE_PREF_SIZE);
    Label about = new Label(describe(snapshot.get()));
    about.setTooltip(new Tooltip(about.getText()));
    about.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    about.setId("snapshot-about");
    return List.of(badge, about);
  }

  static String describe(VerifiedSnapshot verified) {
    SnapshotManifest manifest = verified.manifest();
    return "Read-only"
        + (manifest.redacted() ? " · redacted" : "")
        + verified.signedBy().map(key -> " · signed by key " + key).orElse(" · unsigned");
  }

  List<Node> buttons() {
    List<Node> buttons = new ArrayList<>();
    if (!context.readOnly()) {
      buttons.add(button("Export snapshot…", "snapshot-export", this::export));
    }
    buttons.add(button("Compare with snapshot…", "snapshot-compare", this::compare));
    return buttons;
  }

  private static Button button(String text, String id, Consumer<Window> action) {
    Button button = new Button(text);
    button.getStyleClass().add(Styles.FLAT);
    button.setId(id);
    button.setMinWidth(Region.USE_PREF_SIZE);
    button.setOnAction(event -> action.accept(button.getScene().getWindow()));
    return button;
  }

  private void export(Window owner) {
    CheckBox redact = new CheckBox("Redact names, emails and ids (keyed hashes, see docs)");
    Dialog<ButtonType> ask = new Dialog<>();
    ask.initOwner(owner);
    ask.setTitle("Export snapshot");
    ask.setHeaderText("One file with the cache, its audit and a manifest, for offline review.");
    ask.getDialogPane().setContent(redact);
    ask.getDialogPane().getButtonTypes().setAll(ButtonType.NEXT, ButtonType.CANCEL);
    if (ask.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.NEXT) {
      return;
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save snapshot");
    chooser.getExtensionFilters().add(SNAPSHOTS);
    chooser.setInitialFileName("keyward-" + LocalDate.now() + ".kwsnap");
    File file = chooser.showSaveDialog(owner);
    if (file == null) {
      return;
    }
    ExportOptions options =
        new ExportOptions(redact.isSelected(), Optional.empty(), AppVersion.current());
    context
        .tasks()
        .submit(
            progress -> SnapshotExport.write(cache, file.toPath(), options),
            manifest ->
                inform(
                    owner,
                    "Snapshot written",
                    file
                        + "\n"
                        + manifest.counts().identities()
                        + " identities, maturity level "
                        + manifest.maturityLevel()
                        + (manifest.redacted() ? ", redacted" : "")),
            failure -> inform(owner, "Snapshot not written", failure.getMessage()));
  }

  private void compare(Window owner) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Compare with snapshot");
    chooser.getExtensionFilters().add(SNAPSHOTS);
    File file = chooser.showOpenDialog(owner);
    if (file != null) {
      compareWith(file.toPath(), diff -> showDiff(owner, diff, file.toPath()), owner);
    }
  }

  /** Opens {@code file} in the background and diffs it (before) against what the console shows. */
  void compareWith(Path file, Consumer<SnapshotDiff> show, Window owner) {
    boolean redactedHere = snapshot.map(s -> s.manifest().redacted()).orElse(false);
    context
        .tasks()
        .submit(
            progress -> {
              try (OpenedSnapshot before = SnapshotReader.open(file)) {
                SnapshotDiff.requireComparable(before.manifest().redacted(), redactedHere);
                return SnapshotDiff.between(before.cache(), cache);
              }
            },
            show,
            failure -> inform(owner, "Cannot compare", failure.getMessage()));
  }

  private void showDiff(Window owner, SnapshotDiff diff, Path before) {
    String after = snapshot.map(s -> "this snapshot").orElse("the cache");
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Compare with snapshot");
    ScrollPane scroll =
        new ScrollPane(new SnapshotDiffView(diff, before.getFileName().toString(), after).view());
    scroll.setFitToWidth(true);
    scroll.setPrefSize(760, 560);
    dialog.getDialogPane().setContent(scroll);
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    dialog.show();
  }

  private static void inform(Window owner, String header, String text) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
    alert.initOwner(owner);
    alert.setHeaderText(header);
    alert.show();
  }
}
