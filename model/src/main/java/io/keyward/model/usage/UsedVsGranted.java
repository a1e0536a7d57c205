package io.keyward.model.usage;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * For one identity: the grants it holds with their use, and what it was seen doing that no grant
 * explains (denied attempts among them).
 *
 * @param lastActivity the latest event of the identity of any type, sign-ins included
 * @param events how many events of the identity the cache holds
 */
public record UsedVsGranted(
    String identityId,
    List<GrantUse> held,
    List<SeenAction> unexplained,
    @Nullable Instant lastActivity,
    long events) {

  public UsedVsGranted {
    held = List.copyOf(held);
    unexplained = List.copyOf(unexplained);
  }

  public long count(UsageStatus status) {
    return held.stream().filter(g -> g.status() == status).count();
  }
}
