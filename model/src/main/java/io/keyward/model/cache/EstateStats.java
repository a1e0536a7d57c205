package io.keyward.model.cache;

import io.keyward.model.domain.IdentityKind;
import java.util.Map;

/**
 * Counts of everything in the cache. {@code keyward stats --json} prints this shape; scripts rely
 * on its keys.
 *
 * @param identitiesBySource identity counts keyed by source id
 */
public record EstateStats(
    long identities,
    Map<IdentityKind, Long> identitiesByKind,
    long credentials,
    long grants,
    long delegations,
    long resources,
    long lineageRecords,
    long accessEvents,
    long alerts,
    long sources,
    long syncRuns,
    Map<String, Long> identitiesBySource) {

  public EstateStats {
    identitiesByKind = Map.copyOf(identitiesByKind);
    identitiesBySource = Map.copyOf(identitiesBySource);
  }
}
