package io.keyward.app.page.detail;

import io.keyward.app.page.timeline.TimelineViewModel;
import io.keyward.app.task.BackgroundTask;
import io.keyward.app.task.BackgroundTasks;
import io.keyward.model.cache.EstateRepository;
import io.keyward.model.cache.IdentityDetail;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
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
  private final TimelineViewModel timeline;
  private @Nullable BackgroundTask running;

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

  public void show(@Nullable String identityId) {
    if (running != null) {
      running.cancel();
    }
    timeline.clear();
    problem.set("");
    if (identityId == null) {
      detail.set(null);
      loading.set(false);
      return;
    }
    loading.set(true);
    running =
        tasks.submit(
            progress -> repository.identityDetail(identityId),
            found -> shown(identityId, found),
            failure -> {
              detail.set(null);
              problem.set("Could not load the identity: " + failure.getMessage());
              loading.set(false);
            });
  }

  private void shown(String identityId, Optional<IdentityDetail> found) {
    detail.set(found.orElse(null));
    problem.set(found.isPresent() ? "" : "Identity " + identityId + " is not in the cache.");
    loading.set(false);
  }

  public ReadOnlyObjectProperty<@Nullable IdentityDetail> detail() {
    return detail.getReadOnlyProperty();
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
