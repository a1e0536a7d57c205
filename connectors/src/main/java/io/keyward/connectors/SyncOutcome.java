package io.keyward.connectors;

import io.keyward.model.domain.SyncStatus;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How one sync or import ended, as the CLI and the Sources page report it.
 *
 * @param skipped items the source gave that could not be read, each with where it was ("line 4:
 *     ..."); a completed run loaded everything else
 * @param notes what the run could not read without it being an error, e.g. a realm that stores no
 *     events or a tenant that withholds its sign-in logs
 */
public record SyncOutcome(
    String sourceId,
    long runId,
    SyncStatus status,
    long itemsLoaded,
    long itemsRemoved,
    Duration took,
    @Nullable String error,
    List<String> skipped,
    List<String> notes) {

  public SyncOutcome {
    skipped = List.copyOf(skipped);
    notes = List.copyOf(notes);
  }

  public boolean completed() {
    return status == SyncStatus.COMPLETED;
  }

  /** Completed with nothing skipped: what scripts should treat as success. */
  public boolean clean() {
    return completed() && skipped.isEmpty();
  }
}
