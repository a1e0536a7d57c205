package io.keyward.model.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/** Every timestamp of the estate, relative to its "now" so one seed always gives one estate. */
record DemoTime(Instant asOf) {

  Instant daysAgo(long days) {
    return asOf.minus(Duration.ofDays(days));
  }

  Instant hoursAgo(long hours) {
    return asOf.minus(Duration.ofHours(hours));
  }

  Instant minutesAgo(long minutes) {
    return asOf.minus(Duration.ofMinutes(minutes));
  }

  /** A second-precise instant between {@code minDays} and {@code maxDays} before now. */
  Instant randomDaysAgo(SplittableRandom random, int minDays, int maxDays) {
    long seconds = random.nextLong(minDays * 86_400L, maxDays * 86_400L + 1);
    return asOf.minusSeconds(seconds);
  }
}
