package io.keyward.app.page.sources;

import atlantafx.base.theme.Styles;
import io.keyward.app.page.ConsolePage;
import io.keyward.app.page.inventory.DataTable;
import io.keyward.app.page.inventory.Names;
import io.keyward.app.view.EmptyState;
import io.keyward.model.domain.SyncRun;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Where the estate comes from: sources, their kind and location, and every sync run. */
public final class SourcesPage implements ConsolePage {
  private final SourcesViewModel viewModel;
  private final VBox root;

  public SourcesPage(SourcesViewModel viewModel) {
    this.viewModel = viewModel;
    Label title = new Label("Sources");
    title.getStyleClass().add(Styles.TITLE_3);
    Label readOnly =
        new Label(
            "Read-only in this version: adding a source, testing its connection and syncing it"
                + " from the console come with a later release. Until then sources are loaded"
                + " outside the console.");
    readOnly.setWrapText(true);
    readOnly.getStyleClass().addAll("note", Styles.TEXT_SMALL);
    Label failure = new Label();
    failure.getStyleClass().add(Styles.DANGER);
    failure.textProperty().bind(viewModel.failure());
    failure.managedProperty().bind(failure.visibleProperty());
    failure.visibleProperty().bind(viewModel.failure().isNotEmpty());

    DataTable<SourceRow> sources = new DataTable<>(viewModel.sourceColumns(), () -> Names.NONE);
    sources.setItems(viewModel.sources());
    sources.setId("sources-table");
    sources.setPlaceholder(
        new EmptyState("No sources", "This cache has not been synced from any source yet."));
    DataTable<SyncRun> runs = new DataTable<>(viewModel.runColumns(), () -> Names.NONE);
    runs.setItems(viewModel.runs());
    runs.setId("sync-runs-table");
    runs.setPlaceholder(new EmptyState("No sync runs", "No source has been synced yet."));
    // Sources are few: size their table to its rows and give the history the rest.
    sources.setFixedCellSize(38);
    sources
        .prefHeightProperty()
        .bind(
            Bindings.size(viewModel.sources())
                .multiply(38)
                .add(44)
                .map(h -> Math.max(h.doubleValue(), 150)));
    VBox.setVgrow(runs, Priority.ALWAYS);

    root =
        new VBox(
            12,
            title,
            readOnly,
            failure,
            section("Connected sources"),
            sources,
            section("Sync history"),
            runs);
    root.getStyleClass().add("page");
    root.setId("sources-page");
  }

  private static Node section(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("section-title");
    return label;
  }

  @Override
  public Node view() {
    return root;
  }

  @Override
  public void activate() {
    viewModel.activate();
  }
}
