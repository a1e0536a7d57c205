package io.keyward.model.scorecard;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.EstateRepository;

/**
 * Scores a cache and keeps the score in its history: what the CLI and the console both run. The
 * thresholds are the cache's profile unless given.
 */
public final class Scoring {
  private Scoring() {}

  /** Computes the score of {@code scope} and records it for the current estate state. */
  public static Scorecard scoreAndRecord(Cache cache, Scope scope, Thresholds thresholds) {
    return report(cache, scope, thresholds).scorecard();
  }

  /**
   * Computes and records the score of {@code scope}, then gathers what a report shows of it: the
   * history (this score included), names for the evidence, the policies in scope.
   */
  public static ScoreReport report(Cache cache, Scope scope, Thresholds thresholds) {
    return report(cache, EstateLoader.load(cache), scope, thresholds);
  }

  /**
   * As {@link #report(Cache, Scope, Thresholds)}, on an estate the caller loaded from the cache.
   */
  public static ScoreReport report(Cache cache, Estate estate, Scope scope, Thresholds thresholds) {
    Scorecard scorecard = Scorecard.compute(estate, scope, thresholds);
    cache.recordScore(scorecard.toEntry(cache.repository().latestCompletedRun()));
    Estate scoped = estate.within(scope);
    return new ScoreReport(
        scorecard,
        cache.repository().scoreHistory(scope.cliForm()),
        new EvidenceNames(scoped, scorecard),
        scoped.policies());
  }

  /** The thresholds profile kept in the cache, or the defaults. */
  public static Thresholds thresholds(EstateRepository repository) {
    return repository
        .setting(Thresholds.SETTING)
        .map(Thresholds::parse)
        .orElse(Thresholds.DEFAULTS);
  }

  public static void saveThresholds(Cache cache, Thresholds thresholds) {
    cache.putSetting(Thresholds.SETTING, thresholds.toJson());
  }
}
