package io.keyward.connectors;

import io.keyward.model.domain.SyncStatus;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** How one sync or import ended, as the CLI and the Sources page report it. */
public record SyncOutcome(
    String sourceId,
    long runId,
    SyncStatus status,
    long itemsLoaded,
    long itemsRemoved,
    Duration took,
    @Nullable String error) {

  public boolean completed() {
    return status == SyncStatus.COMPLETED;
  }
}
