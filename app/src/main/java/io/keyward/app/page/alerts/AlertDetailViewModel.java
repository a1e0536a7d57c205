package io.keyward.app.page.alerts;

import io.keyward.app.page.revocations.RevokeRequest;
import io.keyward.app.page.timeline.TimelineViewModel;
import io.keyward.app.task.BackgroundTask;
import io.keyward.app.task.BackgroundTasks;
import io.keyward.connectors.alert.RawEvent;
import io.keyward.model.cache.EstateRepository;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Identity;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.jspecify.annotations.Nullable;

/**
 * The selected alert in full: its raw event and what it was mapped to, loaded off the FX thread;
 * and the timeline of that identity or credential when the analyst opens it.
 */
public final class AlertDetailViewModel {
  private final EstateRepository repository;
  private final BackgroundTasks tasks;
  private final Function<String, String> sourceName;
  private final TimelineViewModel timeline;
  private final ReadOnlyObjectWrapper<@Nullable AlertDetail> detail = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private @Nullable BackgroundTask running;
  private @Nullable Consumer<RevokeRequest> revoke;

  public AlertDetailViewModel(
      EstateRepository repository,
      BackgroundTasks tasks,
      Clock clock,
      Function<String, String> sourceName) {
    this.repository = repository;
    this.tasks = tasks;
    this.sourceName = sourceName;
    this.timeline = new TimelineViewModel(repository, tasks, clock);
  }

  /** Shows each alert {@code selection} moves to. */
  public void follow(ObservableValue<@Nullable Alert> selection) {
    selection.addListener((obs, old, alert) -> show(alert));
  }

  public void show(@Nullable Alert alert) {
    if (running != null) {
      running.cancel();
    }
    timeline.clear();
    problem.set("");
    detail.set(null);
    if (alert == null) {
      return;
    }
    running =
        tasks.submit(
            progress -> load(alert),
            detail::set,
            failure -> problem.set("Could not load the alert: " + failure.getMessage()));
  }

  private AlertDetail load(Alert alert) {
    Credential credential =
        alert.credentialId() == null
            ? null
            : repository.credential(alert.credentialId()).orElse(null);
    String identityId =
        alert.identityId() != null
            ? alert.identityId()
            : credential == null ? null : credential.identityId();
    Identity identity = identityId == null ? null : repository.identity(identityId).orElse(null);
    return new AlertDetail(
        alert,
        sourceName.apply(alert.sourceId()),
        identity,
        credential,
        RawEvent.pretty(alert.raw()));
  }

  public void openIdentityTimeline() {
    AlertDetail shown = detail.get();
    if (shown != null && shown.identity() != null) {
      timeline.showIdentity(shown.identity().id());
    }
  }

  public void openCredentialTimeline() {
    AlertDetail shown = detail.get();
    if (shown != null && shown.credential() != null) {
      timeline.showCredential(shown.credential().id());
    }
  }

  /** Adds an action that answers the alert shown by revoking its subject. */
  public void offerRevocation(Consumer<RevokeRequest> revoke) {
    this.revoke = revoke;
  }

  /** Whether the alert shown has a subject in the cache to revoke, and revocation is offered. */
  public boolean revocable() {
    AlertDetail shown = detail.get();
    return revoke != null
        && shown != null
        && (shown.credential() != null || shown.identity() != null);
  }

  /**
   * Starts a revocation of the alert's subject (its credential when it names one, else its
   * identity) that records the alert, so the time from alert to revocation is measured.
   */
  public void revoke() {
    AlertDetail shown = detail.get();
    if (!revocable() || shown == null || revoke == null) {
      return;
    }
    String subject =
        shown.credential() != null
            ? shown.credential().id()
            : java.util.Objects.requireNonNull(shown.identity()).id();
    revoke.accept(new RevokeRequest(List.of(subject), shown.alert().id()));
  }

  public ReadOnlyObjectProperty<@Nullable AlertDetail> detail() {
    return detail.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty problem() {
    return problem.getReadOnlyProperty();
  }

  public TimelineViewModel timeline() {
    return timeline;
  }
}
