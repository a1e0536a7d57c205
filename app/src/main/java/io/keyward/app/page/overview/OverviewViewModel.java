package io.keyward.app.page.overview;

import io.keyward.app.format.Display;
import io.keyward.app.page.PageContext;
import io.keyward.app.page.SnapshotLoad;
import io.keyward.model.cache.EstateStats;
import io.keyward.model.cache.Problem;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * What the estate holds and what needs attention first. Opening a problem hands it to the shell,
 * which shows the inventory filtered to exactly that problem.
 */
public final class OverviewViewModel {
  /** The estate's stats and problem counts, read together in one background job. */
  private record Snapshot(EstateStats stats, Map<Problem, Long> problems) {}

  private final PageContext context;
  private final Consumer<Problem> openProblem;
  private final ReadOnlyObjectWrapper<@Nullable EstateStats> stats = new ReadOnlyObjectWrapper<>();
  private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
  private final ObservableList<CountRow> byKind = FXCollections.observableArrayList();
  private final ObservableList<CountRow> bySource = FXCollections.observableArrayList();
  private final SnapshotLoad<Snapshot> load;

  public OverviewViewModel(PageContext context, Consumer<Problem> openProblem) {
    this.context = context;
    this.load =
        new SnapshotLoad<>(
            context.tasks(),
            progress ->
                new Snapshot(context.repository().stats(), context.repository().problemCounts()),
            this::show,
            "Could not read the estate");
    this.openProblem = openProblem;
  }

  public void activate() {
    load.activate();
  }

  public void reload() {
    load.reload();
  }

  /** Shows the inventory behind {@code problem}, filtered to it. */
  public void open(Problem problem) {
    openProblem.accept(problem);
  }

  private void show(Snapshot snapshot) {
    EstateStats estate = snapshot.stats();
    problems.setAll(
        Arrays.stream(Problem.values())
            .map(problem -> new ProblemRow(problem, snapshot.problems().getOrDefault(problem, 0L)))
            .toList());
    byKind.setAll(
        Arrays.stream(IdentityKind.values())
            .map(
                kind ->
                    new CountRow(
                        Display.words(kind), "", estate.identitiesByKind().getOrDefault(kind, 0L)))
            .toList());
    bySource.setAll(sourceRows(estate));
    stats.set(estate);
  }

  private List<CountRow> sourceRows(EstateStats estate) {
    // Alert feeds and event logs hold no identities; listing them at zero would only add noise.
    return context.sources().stream()
        .filter(
            source ->
                source.kind().category() == SourceKind.Category.IDENTITY
                    || estate.identitiesBySource().getOrDefault(source.id(), 0L) > 0)
        .map(
            (Source source) ->
                new CountRow(
                    source.name(),
                    source.kind().displayName(),
                    estate.identitiesBySource().getOrDefault(source.id(), 0L)))
        .sorted(Comparator.comparingLong(CountRow::count).reversed())
        .toList();
  }

  public ReadOnlyObjectProperty<@Nullable EstateStats> stats() {
    return stats.getReadOnlyProperty();
  }

  /** The four problems, in the order the overview leads with them. */
  public ObservableList<ProblemRow> problems() {
    return problems;
  }

  /** Identity counts for every kind, zero counts included so absent kinds are visible. */
  public ObservableList<CountRow> byKind() {
    return byKind;
  }

  /** Identity counts per source that holds identities, largest first. */
  public ObservableList<CountRow> bySource() {
    return bySource;
  }

  public ReadOnlyBooleanProperty loading() {
    return load.loading();
  }

  public ReadOnlyStringProperty failure() {
    return load.failure();
  }
}
