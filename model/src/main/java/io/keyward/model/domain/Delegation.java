package io.keyward.model.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An edge by which {@code from} can act through {@code to}: a human through the agent working on
 * its behalf, an agent through a sub-agent, a principal through a role it may assume, a member
 * through its group. Following edges from a human yields the chain human, agent, sub-agent, role.
 *
 * @param scope what the edge lets pass (OAuth scopes, permissions); empty means unrestricted
 * @param condition the source's condition (external id, org id, OIDC subject), kept verbatim
 */
public record Delegation(
    String id,
    String sourceId,
    String fromId,
    String toId,
    DelegationKind kind,
    List<String> scope,
    @Nullable String condition,
    @Nullable Instant expiresAt) {

  public Delegation {
    Require.text(id, "delegation id");
    Require.text(sourceId, "delegation source");
    Require.text(fromId, "delegation from");
    Require.text(toId, "delegation to");
    Require.present(kind, "delegation kind");
    scope = Require.list(scope, "delegation scope");
    if (fromId.equals(toId)) {
      throw new IllegalArgumentException("delegation " + id + " points at itself");
    }
  }
}
