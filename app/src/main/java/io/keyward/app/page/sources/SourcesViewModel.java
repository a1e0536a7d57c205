package io.keyward.app.page.sources;

import io.keyward.app.format.Display;
import io.keyward.app.format.Tone;
import io.keyward.app.format.Tones;
import io.keyward.app.page.PageContext;
import io.keyward.app.page.SnapshotLoad;
import io.keyward.app.page.inventory.Column;
import io.keyward.app.task.BackgroundTask;
import io.keyward.connectors.Cancellation;
import io.keyward.connectors.Connector;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncOutcome;
import io.keyward.model.cache.EstateStats;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SyncRun;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * Where the estate comes from: configured and cached sources, their sync history, and the commands
 * to add, edit, test, sync and remove a source. Syncs run on a worker of their own with progress
 * and cancel; a completed one tells the console that the estate changed.
 */
public final class SourcesViewModel {
  private record Snapshot(
      EstateStats stats, List<Source> sources, List<SyncRun> runs, List<SourceProfile> profiles) {}

  private final PageContext context;
  private final SourceAdmin admin;
  private final SyncEngine engine;
  private final ObservableList<SourceRow> sources = FXCollections.observableArrayList();
  private final ObservableList<SyncRun> runs = FXCollections.observableArrayList();
  private final SnapshotLoad<Snapshot> load;
  private final ObjectProperty<@Nullable SourceRow> selected = new SimpleObjectProperty<>();
  private final ObjectProperty<@Nullable SyncRun> selectedRun = new SimpleObjectProperty<>();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Tone> statusTone = new ReadOnlyObjectWrapper<>(Tone.MUTED);
  private final ReadOnlyObjectWrapper<@Nullable SourceEditorModel> editor =
      new ReadOnlyObjectWrapper<>();
  private @Nullable Cancellation running;

  /** Names of the sources last shown: newer than the console's, which were read at start. */
  private Map<String, String> names = Map.of();

  public SourcesViewModel(PageContext context, SourceAdmin admin) {
    this.context = context;
    this.admin = admin;
    this.engine = new SyncEngine(admin.cache());
    this.load =
        new SnapshotLoad<>(
            context.tasks(),
            progress ->
                new Snapshot(
                    context.repository().stats(),
                    context.repository().sources(),
                    context.repository().syncRuns(),
                    admin.profiles().list()),
            this::show,
            "Could not read the sources");
  }

  /** The console shows a snapshot: nothing here may change the estate. */
  public boolean readOnly() {
    return context.readOnly();
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
    Map<String, SourceProfile> profiles =
        snapshot.profiles().stream()
            .collect(Collectors.toMap(SourceProfile::id, Function.identity()));
    Map<String, SourceRow> rows = new LinkedHashMap<>();
    for (SourceProfile profile : snapshot.profiles()) {
      Source source =
          admin
              .connectors()
              .forKind(profile.kind())
              .map(connector -> sourceOf(connector, profile))
              .orElse(profile.source(""));
      rows.put(profile.id(), row(source, profile, snapshot, latest));
    }
    for (Source source : snapshot.sources()) {
      rows.putIfAbsent(source.id(), row(source, profiles.get(source.id()), snapshot, latest));
    }
    names =
        rows.values().stream()
            .collect(Collectors.toMap(r -> r.source().id(), r -> r.source().name()));
    String selectedId = selected.get() == null ? null : selected.get().source().id();
    sources.setAll(rows.values());
    selected.set(selectedId == null ? null : rows.get(selectedId));
    runs.setAll(snapshot.runs());
  }

  private String sourceName(String sourceId) {
    return names.getOrDefault(sourceId, context.sourceName(sourceId));
  }

  private static Source sourceOf(Connector connector, SourceProfile profile) {
    try {
      return connector.source(profile);
    } catch (IllegalArgumentException e) {
      // A profile edited by hand may lack a setting: list it anyway, sync will say what is missing.
      return profile.source("");
    }
  }

  private static SourceRow row(
      Source source,
      @Nullable SourceProfile profile,
      Snapshot snapshot,
      Map<String, SyncRun> latest) {
    return new SourceRow(
        source,
        profile,
        snapshot.stats().identitiesBySource().getOrDefault(source.id(), 0L),
        latest.get(source.id()));
  }

  public ObservableList<SourceRow> sources() {
    return sources;
  }

  /** Sync runs, newest first. */
  public ObservableList<SyncRun> runs() {
    return runs;
  }

  public ObjectProperty<@Nullable SourceRow> selected() {
    return selected;
  }

  public ObjectProperty<@Nullable SyncRun> selectedRun() {
    return selectedRun;
  }

  /** The chosen run's whole story, error included, to read and copy. */
  public StringBinding runDetail() {
    return Bindings.createStringBinding(
        () -> {
          SyncRun run = selectedRun.get();
          if (run == null) {
            return "";
          }
          return sourceName(run.sourceId())
              + " ("
              + run.sourceId()
              + ")\n"
              + Display.words(run.status())
              + ", started "
              + Display.instant(run.startedAt())
              + ", finished "
              + Display.instant(run.finishedAt())
              + "\n"
              + Display.count(run.itemsLoaded())
              + " items loaded, "
              + Display.count(run.itemsRemoved())
              + " removed"
              + (run.error() == null ? "" : "\n\n" + run.error());
        },
        selectedRun);
  }

  /** True when the selected source has a profile and nothing else is running. */
  public BooleanBinding canAct() {
    return Bindings.createBooleanBinding(
        () -> selected.get() != null && selected.get().configured() && !busy.get(), selected, busy);
  }

  public ReadOnlyBooleanProperty busy() {
    return busy.getReadOnlyProperty();
  }

  /** What the running sync or test is doing now. */
  public ReadOnlyStringProperty activity() {
    return activity.getReadOnlyProperty();
  }

  /** The outcome of the last test, sync, save or removal. */
  public ReadOnlyStringProperty status() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Tone> statusTone() {
    return statusTone.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loading() {
    return load.loading();
  }

  public ReadOnlyStringProperty failure() {
    return load.failure();
  }

  /** The open add/edit form, or null. */
  public ReadOnlyObjectProperty<@Nullable SourceEditorModel> editor() {
    return editor.getReadOnlyProperty();
  }

  public void add() {
    editor.set(new SourceEditorModel(admin.profiles(), admin.connectors().all(), null));
  }

  public void editSelected() {
    SourceRow row = selected.get();
    if (row != null && row.profile() != null) {
      editor.set(new SourceEditorModel(admin.profiles(), admin.connectors().all(), row.profile()));
    }
  }

  /** Saves the open form; it stays open with its error when the profile is refused. */
  public void saveEditor() {
    SourceEditorModel form = editor.get();
    if (form == null) {
      return;
    }
    form.save()
        .ifPresent(
            profile -> {
              editor.set(null);
              report(Tone.SUCCESS, "Saved " + profile.id() + ". Test it, then sync it.");
              reload();
            });
  }

  public void closeEditor() {
    editor.set(null);
  }

  /** Connects with the selected profile and checks the credentials, syncing nothing. */
  public void testSelected() {
    SourceProfile profile = selectedProfile();
    if (profile == null) {
      return;
    }
    start("Testing " + profile.id() + "...");
    admin
        .syncTasks()
        .submit(
            progress ->
                admin.connectors().forProfile(profile).connect(profile, admin.environment()).test(),
            reached -> finish(Tone.SUCCESS, "Connected to " + profile.id() + ": " + reached),
            failure ->
                finish(Tone.DANGER, "Test of " + profile.id() + " failed: " + message(failure)));
  }

  /** Syncs the selected source in the background; {@link #cancel()} stops it. */
  public void syncSelected() {
    SourceProfile profile = selectedProfile();
    if (profile == null) {
      return;
    }
    Cancellation cancellation = new Cancellation();
    running = cancellation;
    start("Syncing " + profile.id() + "...");
    BackgroundTask task =
        admin
            .syncTasks()
            .submit(
                progress -> {
                  Connector connector = admin.connectors().forProfile(profile);
                  return engine.sync(
                      connector.source(profile),
                      connector.connect(profile, admin.environment()),
                      update -> progress.message(update.describe()),
                      cancellation);
                },
                this::synced,
                failure ->
                    finish(
                        Tone.DANGER, "Sync of " + profile.id() + " failed: " + message(failure)));
    task.message()
        .addListener(
            (observable, before, now) -> {
              if (busy.get() && !now.isEmpty()) {
                activity.set(now);
              }
            });
  }

  /** Asks the running sync to stop; it ends as interrupted and changes nothing. */
  public void cancel() {
    if (running != null) {
      running.cancel();
      activity.set("Cancelling...");
    }
  }

  /** Forgets the selected source: its profile, and what it brought into the cache. */
  public void removeSelected() {
    SourceRow row = selected.get();
    if (row == null || busy.get()) {
      return;
    }
    String id = row.source().id();
    start("Removing " + id + "...");
    admin
        .syncTasks()
        .submit(
            progress -> {
              admin.profiles().remove(id);
              admin.cache().removeSource(id);
              return id;
            },
            removed -> {
              finish(Tone.SUCCESS, "Removed " + removed + " and its items.");
              admin.estateChanged().run();
            },
            failure -> finish(Tone.DANGER, "Could not remove " + id + ": " + message(failure)));
  }

  private void synced(SyncOutcome outcome) {
    boolean completed = outcome.completed();
    finish(
        completed ? Tone.SUCCESS : Tone.DANGER,
        completed
            ? String.format(
                Locale.ROOT,
                "Synced %s: %,d items loaded, %,d removed in %.1f s.%s%s",
                outcome.sourceId(),
                outcome.itemsLoaded(),
                outcome.itemsRemoved(),
                outcome.took().toMillis() / 1000.0,
                outcome.notes().isEmpty()
                    ? ""
                    : " Note: " + String.join("; ", outcome.notes()) + ".",
                outcome.skipped().isEmpty()
                    ? ""
                    : " Skipped "
                        + outcome.skipped().size()
                        + " unreadable items; the run's history entry lists them.")
            : "Sync of "
                + outcome.sourceId()
                + " "
                + Display.words(outcome.status()).toLowerCase(Locale.ROOT)
                + ": "
                + outcome.error()
                + " Nothing in the cache changed.");
    reload();
    if (completed) {
      admin.estateChanged().run();
    }
  }

  private @Nullable SourceProfile selectedProfile() {
    SourceRow row = selected.get();
    return row == null || busy.get() ? null : row.profile();
  }

  private void start(String what) {
    busy.set(true);
    activity.set(what);
  }

  private void finish(Tone tone, String text) {
    running = null;
    busy.set(false);
    activity.set("");
    report(tone, text);
  }

  private void report(Tone tone, String text) {
    statusTone.set(tone);
    status.set(text);
  }

  private static String message(Throwable failure) {
    return Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName());
  }

  List<Column<SourceRow>> sourceColumns() {
    return List.of(
        Column.of("Name", 210, row -> row.source().name()),
        Column.of("Id", 190, row -> row.source().id()),
        Column.of("Kind", 160, row -> row.source().kind().displayName()),
        Column.of("Location", 220, row -> row.source().location()),
        Column.<SourceRow>of("Identities", 100, row -> Display.count(row.identities()))
            .numericBy(Comparator.comparingLong(SourceRow::identities)),
        Column.of(
            "Last sync",
            190,
            row -> row.lastRun() == null ? "Never" : Display.instant(row.lastRun().startedAt())),
        Column.<SourceRow>of(
                "Status",
                110,
                row -> row.lastRun() == null ? "Not synced" : Display.words(row.lastRun().status()))
            .toned(row -> row.lastRun() == null ? Tone.MUTED : Tones.of(row.lastRun().status())),
        Column.of("Profile", 110, row -> row.configured() ? "Configured" : "Imported"));
  }

  List<Column<SyncRun>> runColumns() {
    return List.of(
        Column.of("Source", 220, run -> sourceName(run.sourceId())),
        Column.of("Started", 190, run -> Display.instant(run.startedAt())),
        Column.of("Finished", 190, run -> Display.instant(run.finishedAt())),
        Column.<SyncRun>of("Status", 110, run -> Display.words(run.status()))
            .toned(run -> Tones.of(run.status())),
        Column.<SyncRun>of("Loaded", 90, run -> Display.count(run.itemsLoaded()))
            .numericBy(Comparator.comparingLong(SyncRun::itemsLoaded)),
        Column.<SyncRun>of("Removed", 90, run -> Display.count(run.itemsRemoved()))
            .numericBy(Comparator.comparingLong(SyncRun::itemsRemoved)),
        Column.of("Error", 360, run -> Objects.requireNonNullElse(run.error(), "")));
  }
}
