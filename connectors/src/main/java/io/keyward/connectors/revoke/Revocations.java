package io.keyward.connectors.revoke;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connector;
import io.keyward.connectors.Connectors;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.SourceProfile;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.RevocationEntry;
import io.keyward.model.domain.Revocation;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import io.keyward.model.domain.Source;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Revocation as the CLI and the console run it: resolve the target from the cache, work out the
 * preflight offline, and audit every attempt (dry-runs, refusals and failures included) in the
 * cache's append-only log.
 */
public final class Revocations {
  private final Cache cache;
  private final Connectors connectors;
  private final Function<String, Optional<SourceProfile>> profiles;
  private final ConnectEnvironment environment;
  private final String actor;
  private final Clock clock;

  /**
   * @param profiles the saved profile of a source id, needed only to execute
   * @param actor who is acting, recorded with every attempt
   */
  public Revocations(
      Cache cache,
      Connectors connectors,
      Function<String, Optional<SourceProfile>> profiles,
      ConnectEnvironment environment,
      String actor,
      Clock clock) {
    this.cache = cache;
    this.connectors = connectors;
    this.profiles = profiles;
    this.environment = environment;
    this.actor = actor;
    this.clock = clock;
  }

  /** Who is acting, as the audit records it: the OS user of {@code environment}. */
  public static String actorOf(ConnectEnvironment environment) {
    return environment
        .variable("USER")
        .or(() -> environment.variable("USERNAME"))
        .orElse(System.getProperty("user.name", "unknown"));
  }

  public RevocationTarget resolve(String ref) {
    return new TargetResolver(cache.lookup()).resolve(ref);
  }

  /** The actions the target's source supports on it; empty when it has no revoker. */
  public List<RevocationAction> actions(RevocationTarget target) {
    return revoker(target).map(r -> r.actions(target)).orElse(List.of());
  }

  /** What {@code action} would do, from the cache alone. */
  public Preflight preflight(RevocationAction action, RevocationTarget target) {
    Revoker revoker =
        revoker(target)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Keyward cannot revoke in the source "
                            + target.sourceId()
                            + " yet; revoke "
                            + target.describe()
                            + " in the source itself"));
    return revoker.preflight(action, target);
  }

  /** Records the preflight as a dry-run; nothing is sent. */
  public RevocationEntry dryRun(Preflight preflight, @Nullable String alertId) {
    return audit(
        preflight, new RevocationResult(RevocationOutcome.DRY_RUN, "nothing sent", ""), alertId);
  }

  /** Executes at the source and verifies; a refusal or failure is audited and returned. */
  public RevocationEntry execute(Preflight preflight, @Nullable String alertId) {
    cache.revocationLog().requireWritable();
    return audit(preflight, run(preflight, false), alertId);
  }

  /** Reverses a reversible revocation; audited like any attempt. */
  public RevocationEntry undo(Preflight preflight) {
    cache.revocationLog().requireWritable();
    return audit(preflight, run(preflight, true), null);
  }

  private RevocationResult run(Preflight preflight, boolean undo) {
    RevocationTarget target = preflight.target();
    try {
      SourceProfile profile =
          profiles
              .apply(target.sourceId())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "no saved profile for the source "
                              + target.sourceId()
                              + "; add it with keyward sources add"));
      Revoker revoker = revoker(target).orElseThrow();
      if (!undo) {
        return revoker.revoke(preflight, profile, environment);
      }
      String saved = cache.revocationLog().savedBy(preflight.action(), target.id()).orElse(null);
      return revoker.undo(preflight, saved, profile, environment);
    } catch (SourceException | IllegalArgumentException e) {
      return new RevocationResult(RevocationOutcome.FAILED, e.getMessage(), "not verified");
    }
  }

  private RevocationEntry audit(
      Preflight preflight, RevocationResult result, @Nullable String alertId) {
    return cache
        .revocationLog()
        .append(
            new Revocation(
                UUID.randomUUID().toString(),
                clock.instant(),
                actor,
                preflight.action(),
                preflight.target().id(),
                preflight.target().sourceId(),
                result.outcome(),
                preflight.text(),
                result.answer(),
                result.verification(),
                alertId,
                result.saved()));
  }

  private Optional<Revoker> revoker(RevocationTarget target) {
    return cache.repository().sources().stream()
        .filter(s -> s.id().equals(target.sourceId()))
        .findFirst()
        .map(Source::kind)
        .flatMap(connectors::forKind)
        .flatMap(Connector::revoker);
  }
}
