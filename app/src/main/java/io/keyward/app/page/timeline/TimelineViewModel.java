package io.keyward.app.page.timeline;

import io.keyward.app.format.Display;
import io.keyward.app.format.Tone;
import io.keyward.app.format.Tones;
import io.keyward.app.task.BackgroundTask;
import io.keyward.app.task.BackgroundTasks;
import io.keyward.model.cache.EstateRepository;
import io.keyward.model.timeline.Timeline;
import io.keyward.model.timeline.TimelineEntry;
import io.keyward.model.timeline.TimelineEntryKind;
import io.keyward.model.timeline.TimelineQuery;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;

/** Loads the timeline of one identity or credential off the FX thread; the latest ask wins. */
public final class TimelineViewModel {
  private final TimelineQuery query;
  private final BackgroundTasks tasks;
  private final ReadOnlyObjectWrapper<@Nullable Timeline> timeline = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private @Nullable BackgroundTask running;

  public TimelineViewModel(EstateRepository repository, BackgroundTasks tasks, Clock clock) {
    this.query = new TimelineQuery(repository, clock);
    this.tasks = tasks;
  }

  public void showIdentity(String identityId) {
    load(() -> query.identity(identityId), "Identity " + identityId);
  }

  public void showCredential(String credentialId) {
    load(() -> query.credential(credentialId), "Credential " + credentialId);
  }

  public void clear() {
    cancel();
    timeline.set(null);
    problem.set("");
    loading.set(false);
  }

  private void load(Supplier<Optional<Timeline>> read, String subject) {
    cancel();
    timeline.set(null);
    problem.set("");
    loading.set(true);
    running =
        tasks.submit(
            progress -> read.get(),
            found -> {
              timeline.set(found.orElse(null));
              problem.set(found.isPresent() ? "" : subject + " is not in the cache.");
              loading.set(false);
            },
            failure -> {
              problem.set("Could not load the timeline: " + failure.getMessage());
              loading.set(false);
            });
  }

  private void cancel() {
    if (running != null) {
      running.cancel();
      running = null;
    }
  }

  /** Whether a timeline is shown, loading or failed: a detail pane then shows it, not its item. */
  public boolean open() {
    return timeline.get() != null || loading.get() || !problem.get().isEmpty();
  }

  /** Runs {@code change} whenever what {@link #open} and the timeline view show changes. */
  public void onChange(Runnable change) {
    timeline.addListener((obs, old, now) -> change.run());
    loading.addListener((obs, old, now) -> change.run());
    problem.addListener((obs, old, now) -> change.run());
  }

  public ReadOnlyObjectProperty<@Nullable Timeline> timeline() {
    return timeline.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loading() {
    return loading.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty problem() {
    return problem.getReadOnlyProperty();
  }

  /** The badge an entry wears: what kind of thing happened, in the tone it deserves. */
  public static String badge(TimelineEntry entry) {
    return switch (entry.kind()) {
      case IDENTITY_CREATED, CREDENTIAL_CREATED -> "Created";
      case CREDENTIAL_ROTATED -> "Rotated";
      case GRANT_ADDED -> "Granted";
      case CREDENTIAL_LAST_USED -> "Last use";
      case CREDENTIAL_EXPIRED -> "Expired";
      case ACCESS_EVENT -> "Event";
      case ALERT -> "Alert · " + Display.words(entry.severity());
      case REVOCATION -> "Revocation";
    };
  }

  public static Tone tone(TimelineEntry entry) {
    if (entry.kind() == TimelineEntryKind.ALERT && entry.severity() != null) {
      return Tones.of(entry.severity());
    }
    return switch (entry.kind()) {
      case REVOCATION -> Tone.SUCCESS;
      case GRANT_ADDED -> Tone.WARNING;
      case CREDENTIAL_ROTATED, CREDENTIAL_CREATED, IDENTITY_CREATED -> Tone.ACCENT;
      case CREDENTIAL_EXPIRED -> Tone.MUTED;
      default -> Tone.NEUTRAL;
    };
  }
}
