package io.keyward.model.graph;

import io.keyward.model.domain.Severity;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the cache says about one identity beyond its edges, as risk ranking needs it.
 *
 * @param grants grants it holds itself (direct or inherited as the cache records them)
 * @param unusedGrants of those, never used or not used in {@link #UNUSED_AFTER}
 * @param activeStaticCredentials active credentials that never expire
 * @param oldestStaticCredentialAge age of the oldest of those, when known
 * @param longestCredentialLifetime the longest validity of an active expiring credential
 * @param openAlerts open alerts on the identity or its credentials
 * @param worstOpenAlert the highest severity among them
 * @param lineageOutputs distinct models, versions and datasets its recorded runs wrote
 */
public record IdentityFacts(
    int grants,
    int unusedGrants,
    int activeStaticCredentials,
    @Nullable Duration oldestStaticCredentialAge,
    @Nullable Duration longestCredentialLifetime,
    int openAlerts,
    @Nullable Severity worstOpenAlert,
    int lineageOutputs) {

  /** A grant unused for longer than this counts as unused. */
  public static final Duration UNUSED_AFTER = Duration.ofDays(90);

  public Optional<Severity> worstAlert() {
    return Optional.ofNullable(worstOpenAlert);
  }
}
