package io.keyward.app.page.sources;

import io.keyward.app.format.Display;
import io.keyward.app.format.Tone;
import io.keyward.app.format.Tones;
import io.keyward.app.page.PageContext;
import io.keyward.app.page.SnapshotLoad;
import io.keyward.app.page.inventory.Column;
import io.keyward.model.cache.EstateStats;
import io.keyward.model.domain.SyncRun;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The connected sources and their sync history; read-only until sources can be managed here. */
public final class SourcesViewModel {
  private record Snapshot(EstateStats stats, List<SyncRun> runs) {}

  private final PageContext context;
  private final ObservableList<SourceRow> sources = FXCollections.observableArrayList();
  private final ObservableList<SyncRun> runs = FXCollections.observableArrayList();
  private final SnapshotLoad<Snapshot> load;

  public SourcesViewModel(PageContext context) {
    this.context = context;
    this.load =
        new SnapshotLoad<>(
            context.tasks(),
            progress -> new Snapshot(context.repository().stats(), context.repository().syncRuns()),
            this::show,
            "Could not read the sources");
  }

  public void activate() {
    load.activate();
  }

  public void reload() {
    load.reload();
  }

  private void show(Snapshot snapshot) {
    // Runs come newest first, so the first run seen per source is its latest.
    Map<String, SyncRun> latest =
        snapshot.runs().stream()
            .collect(Collectors.toMap(SyncRun::sourceId, Function.identity(), (a, b) -> a));
    sources.setAll(
        context.sources().stream()
            .map(
                source ->
                    new SourceRow(
                        source,
                        snapshot.stats().identitiesBySource().getOrDefault(source.id(), 0L),
                        latest.get(source.id())))
            .toList());
    runs.setAll(snapshot.runs());
  }

  public ObservableList<SourceRow> sources() {
    return sources;
  }

  /** Sync runs, newest first. */
  public ObservableList<SyncRun> runs() {
    return runs;
  }

  public ReadOnlyBooleanProperty loading() {
    return load.loading();
  }

  public ReadOnlyStringProperty failure() {
    return load.failure();
  }

  List<Column<SourceRow>> sourceColumns() {
    return List.of(
        Column.of("Name", 240, row -> row.source().name()),
        Column.of("Kind", 170, row -> row.source().kind().displayName()),
        Column.of("Provides", 130, row -> Display.words(row.source().kind().category())),
        Column.of("Location", 260, row -> row.source().location()),
        Column.<SourceRow>of("Identities", 100, row -> Display.count(row.identities()))
            .numericBy(Comparator.comparingLong(SourceRow::identities)),
        Column.of(
            "Last sync",
            185,
            row -> row.lastRun() == null ? "Never" : Display.instant(row.lastRun().startedAt())),
        Column.<SourceRow>of(
                "Status",
                110,
                row -> row.lastRun() == null ? "Not synced" : Display.words(row.lastRun().status()))
            .toned(row -> row.lastRun() == null ? Tone.MUTED : Tones.of(row.lastRun().status())));
  }

  List<Column<SyncRun>> runColumns() {
    return List.of(
        Column.of("Source", 240, run -> context.sourceName(run.sourceId())),
        Column.of("Started", 185, run -> Display.instant(run.startedAt())),
        Column.of("Finished", 185, run -> Display.instant(run.finishedAt())),
        Column.<SyncRun>of("Status", 110, run -> Display.words(run.status()))
            .toned(run -> Tones.of(run.status())),
        Column.<SyncRun>of("Loaded", 90, run -> Display.count(run.itemsLoaded()))
            .numericBy(Comparator.comparingLong(SyncRun::itemsLoaded)),
        Column.<SyncRun>of("Removed", 90, run -> Display.count(run.itemsRemoved()))
            .numericBy(Comparator.comparingLong(SyncRun::itemsRemoved)),
        Column.of("Error", 320, run -> Objects.requireNonNullElse(run.error(), "")));
  }
}
