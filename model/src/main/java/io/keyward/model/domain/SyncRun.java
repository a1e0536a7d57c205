package io.keyward.model.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One pass over a source. Only a COMPLETED run changes what the cache holds for that source. */
public record SyncRun(
    long id,
    String sourceId,
    Instant startedAt,
    @Nullable Instant finishedAt,
    SyncStatus status,
    long itemsLoaded,
    long itemsRemoved,
    @Nullable String error) {

  public SyncRun {
    Require.text(sourceId, "sync run source");
    Require.present(startedAt, "sync run start");
    Require.present(status, "sync run status");
  }
}
