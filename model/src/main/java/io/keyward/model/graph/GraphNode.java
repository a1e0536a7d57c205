package io.keyward.model.graph;

import io.keyward.model.domain.IdentityKind;
import org.jspecify.annotations.Nullable;

/**
 * A principal in the delegation graph.
 *
 * @param id the cache id of the identity, or the raw id a delegation names when no identity in the
 *     cache has it (another account, an AWS service, a federation provider)
 * @param kind the identity's kind; null for such an external principal
 */
public record GraphNode(
    String id,
    String name,
    @Nullable IdentityKind kind,
    @Nullable String sourceId,
    boolean enabled,
    @Nullable String ownerId) {

  /** Named by a delegation but not an identity in the cache. */
  public boolean external() {
    return kind == null;
  }
}
