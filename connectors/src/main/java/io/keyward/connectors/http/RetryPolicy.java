package io.keyward.connectors.http;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Bounded retries: exponential backoff with full jitter, or the wait the source asked for in {@code
 * Retry-After} when that is not longer than {@code longestRetryAfter}.
 *
 * @param attempts how many times a request is sent at most, the first included
 */
public record RetryPolicy(
    int attempts, Duration baseDelay, Duration maxDelay, Duration longestRetryAfter) {

  public static final RetryPolicy DEFAULT =
      new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(5));

  public RetryPolicy {
    if (attempts < 1) {
      throw new IllegalArgumentException("a request is sent at least once");
    }
  }

  /**
   * The wait before attempt {@code retry} + 1 (the first retry is 1): a random duration between
   * zero and the exponential ceiling, so many clients do not retry in step.
   */
  public Duration backoff(int retry, RandomGenerator random) {
    long ceiling = baseDelay.toMillis() << Math.min(retry - 1, 20);
    long capped = Math.min(ceiling, maxDelay.toMillis());
    return Duration.ofMillis(random.nextLong(capped + 1));
  }
}
