package io.keyward.connectors.testing;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.CredentialPrompt;
import io.keyward.connectors.http.HttpTuning;
import io.keyward.connectors.http.RetryPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Environments for connector tests: given variables, no prompt, and retries that record their waits
 * instead of sleeping, so throttling tests take milliseconds.
 */
public final class TestEnvironments {
  /** Four tries in all, as a live sync would do with shorter waits. */
  public static final RetryPolicy FAST_RETRY =
      new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofMinutes(5));

  private final List<Duration> waits = new ArrayList<>();

  public ConnectEnvironment with(Map<String, String> variables, Path home) {
    return new ConnectEnvironment(
        variables,
        home,
        CredentialPrompt.NONE,
        new HttpTuning(FAST_RETRY, (duration, cancellation, source) -> waits.add(duration)));
  }

  /** The waits retries asked for, in order. */
  public List<Duration> waits() {
    return List.copyOf(waits);
  }
}
