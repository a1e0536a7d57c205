package io.keyward.app.page.lineage;

import static java.util.stream.Collectors.toList;

import io.keyward.app.format.Display;
import io.keyward.app.format.Tone;
import io.keyward.app.page.PageContext;
import io.keyward.app.page.SnapshotLoad;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.RunState;
import io.keyward.model.lineage.AlterationReport;
import io.keyward.model.lineage.Alterer;
import io.keyward.model.lineage.IdentityActivity;
import io.keyward.model.lineage.Lineage;
import io.keyward.model.lineage.LineageRun;
import io.keyward.model.lineage.ResourceRef;
import io.keyward.model.lineage.RunActor;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.jspecify.annotations.Nullable;

/**
 * Reads the lineage once, lists the model versions and the identities that ran something, and
 * answers for the one selected: a version's producing runs and who could have altered it (read in
 * the background: it asks the cache for grants and delegations), or an identity's runs.
 */
public final class LineageViewModel {
  /** What the detail side shows. */
  public enum Focus {
    NONE,
    VERSION,
    ACTOR
  }

  private final PageContext context;
  private final SnapshotLoad<Lineage> load;
  private @Nullable Lineage lineage;
  private final ObservableList<Resource> versions = FXCollections.observableArrayList();
  private final ObservableList<RunActor> actors = FXCollections.observableArrayList();
  private final FilteredList<Resource> shownVersions = new FilteredList<>(versions);
  private final FilteredList<RunActor> shownActors = new FilteredList<>(actors);
  private final StringProperty search = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper chainLine = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper alterSummary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper detailFailure = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Focus> focus = new ReadOnlyObjectWrapper<>(Focus.NONE);
  private final ObservableList<RunRow> runs = FXCollections.observableArrayList();
  private final ObservableList<AltererRow> alterers = FXCollections.observableArrayList();
  private final ObservableList<String> touched = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<@Nullable Resource> selectedVersion =
      new ReadOnlyObjectWrapper<>();
  private long selection;

  public LineageViewModel(PageContext context) {
    this.context = context;
    this.load =
        new SnapshotLoad<>(
            context.tasks(),
            progress -> Lineage.read(context.repository().lineage(), context.clock().instant()),
            this::show,
            "Could not read the lineage");
    search.addListener((obs, old, now) -> applySearch(now));
  }

  public void activate() {
    load.activate();
  }

  public void reload() {
    load.reload();
  }

  private void show(Lineage read) {
    lineage = read;
    selectedVersion.set(null);
    versions.setAll(read.models());
    actors.setAll(read.actors());
    long unattributed = read.runs().stream().filter(r -> r.actor() == null).count();
    long unmatched =
        read.runs().stream().filter(r -> r.actor() != null && !r.actor().matched()).count();
    summary.set(
        Display.count(versions.size(), "model", "models")
            + " · "
            + Display.count(read.runs().size(), "run", "runs")
            + " · "
            + Display.count(unattributed, "run", "runs")
            + " with no identity"
            + (unmatched == 0
                ? ""
                : " · "
                    + Display.count(unmatched, "run user", "run users")
                    + " not found in any source"));
    newestProduced(read).ifPresentOrElse(this::selectVersion, this::clearFocus);
  }

  /** The version whose producing run is newest: where an analyst usually starts. */
  private static Optional<Resource> newestProduced(Lineage read) {
    return read.runs().stream()
        .flatMap(run -> run.outputs().stream())
        .map(ResourceRef::resource)
        .filter(r -> r != null && read.models().contains(r))
        .findFirst();
  }

  private void clearFocus() {
    focus.set(Focus.NONE);
    selectedVersion.set(null);
    runs.clear();
    alterers.clear();
    touched.clear();
  }

  /** Shows where {@code version} came from and, once read, who could have altered it. */
  public void selectVersion(Resource version) {
    if (lineage == null || version.equals(selectedVersion.get())) {
      return;
    }
    selectedVersion.set(version);
    long asked = ++selection;
    Lineage current = lineage;
    var provenance = current.provenance(version.id());
    focus.set(Focus.VERSION);
    title.set(version.name());
    subtitle.set(
        Display.words(version.kind())
            + " in "
            + context.sourceName(version.sourceId())
            + (version.sensitive() ? " · sensitive" : ""));
    runs.setAll(provenance.runs().stream().map(this::row).toList());
    chainLine.set(chain(version, provenance.runs()));
    touched.clear();
    alterers.clear();
    alterSummary.set("Working out who could have altered it…");
    detailFailure.set("");
    context
        .tasks()
        .submit(
            progress -> current.whoCouldAlter(version.id()),
            report -> {
              if (asked == selection) {
                List<AltererRow> rows = rows(report);
                alterers.setAll(rows);
                showSummary(report, rows);
              }
            },
            error -> {
              if (asked == selection) {
                detailFailure.set("Could not work out who could alter it: " + error.getMessage());
              }
            });
  }

  /** Shows what {@code actor}'s runs read and wrote. */
  public void selectActor(RunActor actor) {
    if (lineage == null) {
      return;
    }
    ++selection;
    selectedVersion.set(null);
    IdentityActivity activity = lineage.activity(actor.id()).orElse(null);
    if (activity == null) {
      clearFocus();
      return;
    }
    focus.set(Focus.ACTOR);
    title.set(actor.name());
    subtitle.set(
        actor.matched()
            ? Display.words(actor.identity().kind())
                + " in "
                + context.sourceName(actor.identity().sourceId())
            : "Run user recorded as \""
                + actor.reference()
                + "\"; no identity in any source matches");
    runs.setAll(activity.runs().stream().map(this::row).toList());
    chainLine.set("");
    alterers.clear();
    detailFailure.set("");
    touched.setAll(
        List.of(
            "Read " + names(activity.read(), "no datasets"),
            "Wrote " + names(activity.written(), "nothing")));
  }

  private RunRow row(LineageRun run) {
    RunActor actor = run.actor();
    return new RunRow(
        Display.instant(run.record().startedAt()),
        run.record().job(),
        Display.words(run.record().state()),
        tone(run.record().state()),
        actor == null
            ? "no identity recorded"
            : actor.name() + (actor.matched() ? "" : " (not found)"),
        actor != null && actor.matched() ? Tone.NEUTRAL : Tone.WARNING,
        names(run.inputs(), "—"),
        names(run.outputs(), "—"),
        context.sourceName(run.record().sourceId()));
  }

  /** {@code fraud-scorer v8 ← retrain_fraud.train (trainer) ← transactions, customers}. */
  private static String chain(Resource version, List<LineageRun> producing) {
    if (producing.isEmpty()) {
      return version.name() + " ← no recorded run";
    }
    LineageRun run = producing.get(0);
    String by = run.actor() == null ? "no identity" : run.actor().name();
    String inputs = names(run.inputs(), "no recorded inputs");
    return version.name() + "  ←  " + run.record().job() + " (" + by + ")  ←  " + inputs;
  }

  /**
   * One row per identity, by its shortest way; those behind the producing run first (the pipeline
   * and whoever drives it), then writers, nearest first.
   */
  private static List<AltererRow> rows(AlterationReport report) {
    Map<String, List<Alterer>> byIdentity =
        report.alterers().stream()
            .collect(Collectors.groupingBy(Alterer::identityId, LinkedHashMap::new, toList()));
    return byIdentity.values().stream()
        .map(ways -> ways.stream().min(WAY_ORDER).orElseThrow())
        .sorted(WAY_ORDER)
        .map(best -> row(best, byIdentity.get(best.identityId()), report.names()))
        .toList();
  }

  private static final Comparator<Alterer> WAY_ORDER =
      Comparator.comparing(Alterer::basis)
          .thenComparingInt(a -> a.chain().size())
          .thenComparing(Alterer::name)
          .thenComparing(Alterer::detail);

  private static AltererRow row(Alterer best, List<Alterer> ways, Map<String, String> names) {
    String how =
        ways.stream()
            .map(Alterer::basis)
            .distinct()
            .sorted()
            .map(b -> b.words())
            .collect(Collectors.joining(", "));
    int others = ways.size() - 1;
    return new AltererRow(
        best.name(),
        how,
        best.detail() + (others == 0 ? "" : " (+" + others + " more)"),
        best.direct() ? "direct" : chain(best, names),
        best.chain().size());
  }

  private void showSummary(AlterationReport report, List<AltererRow> rows) {
    long through = rows.stream().filter(r -> r.hops() > 0).count();
    alterSummary.set(
        Display.count(rows.size(), "identity", "identities")
            + " could have altered it: "
            + Display.count(rows.size() - through)
            + " directly, "
            + Display.count(through)
            + " through delegations"
            + (report.provenance().runs().isEmpty() ? "; no run of it was recorded" : ""));
  }

  private static String chain(Alterer alterer, Map<String, String> names) {
    StringBuilder text =
        new StringBuilder(names.getOrDefault(alterer.identityId(), alterer.identityId()));
    for (Delegation hop : alterer.chain()) {
      text.append(" → ")
          .append(names.getOrDefault(hop.toId(), hop.toId()))
          .append(" (")
          .append(Display.words(hop.kind()).toLowerCase(Locale.ROOT))
          .append(')');
    }
    return text.toString();
  }

  private static String names(List<ResourceRef> refs, String none) {
    return refs.isEmpty()
        ? none
        : refs.stream().map(ResourceRef::name).distinct().collect(Collectors.joining(", "));
  }

  private static Tone tone(RunState state) {
    return switch (state) {
      case COMPLETED -> Tone.SUCCESS;
      case RUNNING -> Tone.ACCENT;
      case FAILED -> Tone.DANGER;
      case ABORTED -> Tone.WARNING;
    };
  }

  private void applySearch(String text) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    Predicate<String> matches = value -> value.toLowerCase(Locale.ROOT).contains(wanted);
    shownVersions.setPredicate(r -> wanted.isEmpty() || matches.test(r.name()));
    shownActors.setPredicate(
        a -> wanted.isEmpty() || matches.test(a.name()) || matches.test(a.reference()));
  }

  public StringProperty search() {
    return search;
  }

  /** Model versions (and models without versions), filtered by the search. */
  public ObservableList<Resource> versions() {
    return shownVersions;
  }

  /** Everyone recorded as running a run, filtered by the search. */
  public ObservableList<RunActor> actors() {
    return shownActors;
  }

  /** The version shown, or null when an identity or nothing is. */
  public ReadOnlyObjectProperty<@Nullable Resource> selectedVersion() {
    return selectedVersion.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty summary() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Focus> focus() {
    return focus.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty title() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty subtitle() {
    return subtitle.getReadOnlyProperty();
  }

  /** For a version: the version, its newest producing run and that run's inputs, in one line. */
  public ReadOnlyStringProperty chainLine() {
    return chainLine.getReadOnlyProperty();
  }

  /** The producing runs of the version, or the runs of the identity. */
  public ObservableList<RunRow> runs() {
    return runs;
  }

  /** Who could have altered the version: direct holders first, then by chain length. */
  public ObservableList<AltererRow> alterers() {
    return alterers;
  }

  /** For an identity: what its runs read and what they wrote. */
  public ObservableList<String> touched() {
    return touched;
  }

  /** How many could have altered the version, and how many of them only through delegations. */
  public ReadOnlyStringProperty alterSummary() {
    return alterSummary.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty detailFailure() {
    return detailFailure.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loading() {
    return load.loading();
  }

  public ReadOnlyStringProperty failure() {
    return load.failure();
  }
}
