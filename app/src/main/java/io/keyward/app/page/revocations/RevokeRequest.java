package io.keyward.app.page.revocations;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A revocation asked for from elsewhere in the console: the selected rows of an inventory, an
 * identity's detail, or an alert's subject.
 *
 * @param targetIds cache ids of identities, credentials, grants or delegations
 * @param alertId the alert being answered, so the time from it to the revocation is measured
 */
public record RevokeRequest(List<String> targetIds, @Nullable String alertId) {
  public RevokeRequest {
    targetIds = List.copyOf(targetIds);
    if (targetIds.isEmpty()) {
      throw new IllegalArgumentException("a revocation needs at least one target");
    }
  }

  public static RevokeRequest of(List<String> targetIds) {
    return new RevokeRequest(targetIds, null);
  }
}
