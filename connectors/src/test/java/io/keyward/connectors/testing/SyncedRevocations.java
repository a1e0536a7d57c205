package io.keyward.connectors.testing;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connector;
import io.keyward.connectors.Connectors;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncListener;
import io.keyward.connectors.SyncOutcome;
import io.keyward.connectors.revoke.Revocations;
import io.keyward.model.cache.Cache;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What every revoker test starts from: the cache synced from the source under test, and revocation
 * on it as the CLI runs it, by an analyst with that source's saved profile.
 */
public final class SyncedRevocations {
  private SyncedRevocations() {}

  /**
   * @throws AssertionError when the sync does not complete, so a revoker test never runs on a
   *     half-loaded cache
   */
  public static Revocations of(
      Cache cache, Connector connector, SourceProfile profile, ConnectEnvironment environment) {
    SyncOutcome outcome =
        new SyncEngine(cache)
            .sync(
                connector.source(profile),
                connector.connect(profile, environment),
                SyncListener.SILENT,
                new Cancellation());
    if (outcome.error() != null) {
      throw new AssertionError("the sync before revoking failed: " + outcome.error());
    }
    return new Revocations(
        cache,
        new Connectors(List.of(connector)),
        id -> Optional.of(profile),
        environment,
        "analyst",
        Clock.systemUTC());
  }
}
