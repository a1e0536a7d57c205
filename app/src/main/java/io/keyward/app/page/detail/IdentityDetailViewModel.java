package io.keyward.app.page.detail;

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
  private @Nullable BackgroundTask running;

  public IdentityDetailViewModel(EstateRepository repository, BackgroundTasks tasks, Clock clock) {
    this.repository = repository;
    this.tasks = tasks;
    this.clock = clock;
  }

  /** Shows the identity of each row {@code selection} moves to; rows without one clear it. */
  public <T> void follow(
      ObservableValue<@Nullable T> selection, Function<T, @Nullable String> identityOf) {
    selection.addListener((obs, old, row) -> show(row == null ? null : identityOf.apply(row)));
  }

  public void show(@Nullable String identityId) {
    if (running != null) {
      running.cancel();
    }
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
