package io.keyward.model.scorecard;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.CacheException;
import io.keyward.model.cache.EstateRepository;
import io.keyward.model.cache.StoredPolicy;
import io.keyward.model.domain.SourceKind;
import io.keyward.model.policy.PolicyDocuments;
import java.time.Instant;
import java.util.Set;

/**
 * Reads the whole cache into an {@link Estate}. The estate is held in memory, which suits the demo
 * and real estates of tens of thousands of identities; see docs/scorecard.md for the limits.
 */
public final class EstateLoader {
  private EstateLoader() {}

  /** The estate, without knowing which sources Keyward can revoke in. */
  public static Estate load(Cache cache) {
    return load(cache.repository(), cache.clock().instant());
  }

  /**
   * The estate with the kinds of source that have a revoker, which the real-time revocation
   * criterion checks.
   */
  public static Estate load(Cache cache, Set<SourceKind> revocableKinds) {
    return load(
        cache.repository(), Estate.builder(cache.clock().instant()).revocableKinds(revocableKinds));
  }

  public static Estate load(EstateRepository repository, Instant now) {
    return load(repository, Estate.builder(now));
  }

  private static Estate load(EstateRepository repository, Estate.Builder builder) {
    repository.sources().forEach(builder::source);
    repository.readEstate(builder);
    repository.revocations().forEach(builder::revocation);
    repository.syncRuns().forEach(builder::syncRun);
    for (StoredPolicy stored : repository.policies()) {
      try {
        PolicyDocuments.parse(stored.document(), "the stored policy of " + stored.agentId())
            .forEach(builder::policy);
      } catch (IllegalArgumentException e) {
        throw new CacheException("damaged agent policy in cache: " + e.getMessage(), e);
      }
    }
    return builder.build();
  }
}
