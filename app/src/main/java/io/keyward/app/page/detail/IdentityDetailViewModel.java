package io.keyward.app.page.detail;

import io.keyward.app.page.graph.EstateGraph;
import io.keyward.app.page.graph.IdentityInsight;
import io.keyward.app.page.revocations.RevokeRequest;
import io.keyward.app.page.timeline.TimelineViewModel;
import io.keyward.app.task.BackgroundTask;
import io.keyward.app.task.BackgroundTasks;
import io.keyward.model.cache.EstateRepository;
import io.keyward.model.cache.IdentityDetail;
import io.keyward.model.scorecard.PolicyViolation;
import io.keyward.model.scorecard.PolicyViolations;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The identity behind the selected row of an inventory: loads its detail off the FX thread, the
 * latest selection winning.
 */
public final class IdentityDetailViewModel {
  private final EstateRepository repository;
  private final BackgroundTasks tasks;
  private final Clock clock;
  private final ReadOnlyObjectWrapper<@Nullable IdentityDetail> detail =
      new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private final ObservableList<PolicyViolation> violations = FXCollections.observableArrayList();
  private final TimelineViewModel timeline;
  private @Nullable BackgroundTask running;
  private final ReadOnlyObjectWrapper<@Nullable IdentityInsight> insight =
      new ReadOnlyObjectWrapper<>();
  private @Nullable EstateGraph graph;
  private Consumer<String> openInGraph = id -> {};
  private @Nullable Consumer<RevokeRequest> revoke;
  private @Nullable BackgroundTask analysing;

  public IdentityDetailViewModel(EstateRepository repository, BackgroundTasks tasks, Clock clock) {
    this.repository = repository;
    this.tasks = tasks;
    this.clock = clock;
    this.timeline = new TimelineViewModel(repository, tasks, clock);
  }

  /** The incident timeline of the identity shown, loaded when the analyst opens it. */
  public TimelineViewModel timeline() {
    return timeline;
  }

  /** Loads the timeline of the identity shown. */
  public void openTimeline() {
    IdentityDetail shown = detail.get();
    if (shown != null) {
      timeline.showIdentity(shown.identity().id());
    }
  }

  /** Shows the identity of each row {@code selection} moves to; rows without one clear it. */
  public <T> void follow(
      ObservableValue<@Nullable T> selection, Function<T, @Nullable String> identityOf) {
    selection.addListener((obs, old, row) -> show(row == null ? null : identityOf.apply(row)));
  }

  /**
   * Adds the identity's risk and delegation chains, computed on the shared delegation graph, and an
   * action that opens it in the graph page.
   */
  public void attach(EstateGraph graph, Consumer<String> openInGraph) {
    this.graph = graph;
    this.openInGraph = openInGraph;
  }

  /** Whether risk and chains are shown (the graph is attached). */
  public boolean analysed() {
    return graph != null;
  }

  /** Adds an action that starts a revocation of the identity shown. */
  public void offerRevocation(Consumer<RevokeRequest> revoke) {
    this.revoke = revoke;
  }

  public boolean revocable() {
    return revoke != null;
  }

  /** Starts a revocation of the identity shown. */
  public void revoke() {
    IdentityDetail shown = detail.get();
    if (shown != null && revoke != null) {
      revoke.accept(RevokeRequest.of(List.of(shown.identity().id())));
    }
  }

  /** Opens the shown identity in the graph page. */
  public void openInGraph() {
    IdentityDetail shown = detail.get();
    if (shown != null) {
      openInGraph.accept(shown.identity().id());
    }
  }

  public void show(@Nullable String identityId) {
    if (running != null) {
      running.cancel();
    }
    timeline.clear();
    analyse(identityId);
    problem.set("");
    if (identityId == null) {
      violations.clear();
      detail.set(null);
      loading.set(false);
      return;
    }
    loading.set(true);
    running =
        tasks.submit(
            progress -> {
              Optional<IdentityDetail> found = repository.identityDetail(identityId);
              List<PolicyViolation> broken =
                  found
                      .map(d -> PolicyViolations.ofIdentity(repository, now(), d.identity()))
                      .orElse(List.of());
              return new Loaded(found, broken);
            },
            loaded -> {
              violations.setAll(loaded.violations());
              shown(identityId, loaded.detail());
            },
            failure -> {
              violations.clear();
              detail.set(null);
              problem.set("Could not load the identity: " + failure.getMessage());
              loading.set(false);
            });
  }

  /** A detail and the violations of the agent policies that govern it. */
  private record Loaded(Optional<IdentityDetail> detail, List<PolicyViolation> violations) {}

  private void analyse(@Nullable String identityId) {
    if (analysing != null) {
      analysing.cancel();
    }
    insight.set(null);
    EstateGraph attached = graph;
    if (attached != null && identityId != null) {
      analysing =
          tasks.submit(
              progress -> attached.insight(identityId), insight::set, failure -> insight.set(null));
    }
  }

  private void shown(String identityId, Optional<IdentityDetail> found) {
    detail.set(found.orElse(null));
    problem.set(found.isPresent() ? "" : "Identity " + identityId + " is not in the cache.");
    loading.set(false);
  }

  public ReadOnlyObjectProperty<@Nullable IdentityDetail> detail() {
    return detail.getReadOnlyProperty();
  }

  /** How the shown identity breaks the agent policies that govern it; empty for most. */
  public ObservableList<PolicyViolation> violations() {
    return violations;
  }

  /** Risk and chains of the shown identity, once computed; null while they are or unattached. */
  public ReadOnlyObjectProperty<@Nullable IdentityInsight> insight() {
    return insight.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loading() {
    return loading.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty problem() {
    return problem.getReadOnlyProperty();
  }

  /** "Now" for ages, the cache's clock. */
  public Instant now() {
    return clock.instant();
  }
}
