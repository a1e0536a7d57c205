package io.keyward.connectors.cloudtrail;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Keeps requests at least {@code interval} apart, so a long paging run stays inside an API's rate
 * limit instead of leaning on throttling retries. Waits through the {@link Sleeper}, so a cancel
 * ends the wait and tests do not wait at all.
 */
final class Pacer {
  private final Duration interval;
  private final Clock clock;
  private final Sleeper sleeper;
  private @Nullable Instant last;

  Pacer(Duration interval, Clock clock, Sleeper sleeper) {
    this.interval = interval;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Returns when the next request may go: at once the first time, else once the interval is up. */
  void await(Cancellation cancellation, String sourceId) {
    if (last != null) {
      Duration wait = interval.minus(Duration.between(last, clock.instant()));
      if (!wait.isNegative() && !wait.isZero()) {
        sleeper.sleep(wait, cancellation, sourceId);
      }
    }
    last = clock.instant();
  }
}
