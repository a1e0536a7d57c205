package io.keyward.model.snapshot;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.SelectiveSink;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.scorecard.EstateLoader;
import io.keyward.model.scorecard.Scope;
import io.keyward.model.scorecard.Scorecard;
import io.keyward.model.scorecard.Scoring;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How estate B differs from estate A: identities, credentials, grants and delegations added,
 * removed and changed (same id, other content), and the maturity level of each side, computed by
 * the scorecard as of each side's own "now" (a snapshot's moment of export).
 */
public record SnapshotDiff(
    KindDiff identities,
    KindDiff credentials,
    KindDiff grants,
    KindDiff delegations,
    int levelBefore,
    int levelAfter) {

  /** Compares two open caches (snapshots or live); neither is written. */
  public static SnapshotDiff between(Cache before, Cache after) {
    Items a = Items.of(before);
    Items b = Items.of(after);
    return new SnapshotDiff(
        KindDiff.of(a.identities, b.identities),
        KindDiff.of(a.credentials, b.credentials),
        KindDiff.of(a.grants, b.grants),
        KindDiff.of(a.delegations, b.delegations),
        level(before),
        level(after));
  }

  /**
   * Refuses to compare a redacted side with an unredacted one: every name would differ. (Two
   * redacted exports differ too, their keys being random; docs/snapshots.md says so.)
   */
  public static void requireComparable(boolean redactedBefore, boolean redactedAfter) {
    if (redactedBefore != redactedAfter) {
      throw new SnapshotException(
          "cannot compare a redacted snapshot with an unredacted one: every name differs");
    }
  }

  /**
   * The four kinds in a fixed order, keyed by their plural name as the JSON output and the diff
   * view name them: {@code identities}, {@code credentials}, {@code grants}, {@code delegations}.
   */
  public Map<String, KindDiff> kinds() {
    Map<String, KindDiff> kinds = new LinkedHashMap<>();
    kinds.put("identities", identities);
    kinds.put("credentials", credentials);
    kinds.put("grants", grants);
    kinds.put("delegations", delegations);
    return kinds;
  }

  public boolean isEmpty() {
    return identities.isEmpty()
        && credentials.isEmpty()
        && grants.isEmpty()
        && delegations.isEmpty()
        && levelBefore == levelAfter;
  }

  private static int level(Cache cache) {
    return Scorecard.compute(
            EstateLoader.load(cache.repository(), cache.clock().instant()),
            Scope.All.INSTANCE,
            Scoring.thresholds(cache.repository()))
        .level()
        .number();
  }

  /** The four compared kinds of one cache, by id. */
  private static final class Items extends SelectiveSink {
    final Map<String, Identity> identities = new HashMap<>();
    final Map<String, Credential> credentials = new HashMap<>();
    final Map<String, Grant> grants = new HashMap<>();
    final Map<String, Delegation> delegations = new HashMap<>();

    static Items of(Cache cache) {
      Items items = new Items();
      cache.repository().readEstate(items);
      return items;
    }

    @Override
    public void add(Identity identity) {
      identities.put(identity.id(), identity);
    }

    @Override
    public void add(Credential credential) {
      credentials.put(credential.id(), credential);
    }

    @Override
    public void add(Grant grant) {
      grants.put(grant.id(), grant);
    }

    @Override
    public void add(Delegation delegation) {
      delegations.put(delegation.id(), delegation);
    }
  }
}
