package io.keyward.connectors.http;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.SyncCancelledException;
import java.time.Duration;

/** Waits between retries; tests pass one that only records the waits. */
@FunctionalInterface
public interface Sleeper {
  /** Sleeps in short steps so a cancel ends the wait at once. */
  Sleeper REAL =
      (duration, cancellation, sourceId) -> {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
          if (cancellation.isCancelled()) {
            throw new SyncCancelledException(sourceId);
          }
          try {
            Thread.sleep(Math.min(100, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncCancelledException(sourceId);
          }
        }
      };

  void sleep(Duration duration, Cancellation cancellation, String sourceId);
}
