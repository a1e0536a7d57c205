package io.keyward.model.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A principal holds a permission or role on a resource.
 *
 * @param permission the source's name for it (policy, role, scope), e.g. {@code s3:GetObject}
 * @param resource a resource id or a pattern such as {@code *} or {@code arn:aws:s3:::lake/*}
 * @param viaId the group or role the grant arrives through, when not direct
 * @param condition the source's condition expression, kept verbatim
 */
public record Grant(
    String id,
    String sourceId,
    String principalId,
    String permission,
    String resource,
    Privilege privilege,
    GrantOrigin origin,
    @Nullable String viaId,
    @Nullable String condition,
    @Nullable Instant lastUsedAt) {

  public Grant {
    Require.text(id, "grant id");
    Require.text(sourceId, "grant source");
    Require.text(principalId, "grant principal");
    Require.text(permission, "grant permission");
    Require.text(resource, "grant resource");
    Require.present(privilege, "grant privilege");
    Require.present(origin, "grant origin");
    if ((origin == GrantOrigin.DIRECT) != (viaId == null)) {
      throw new IllegalArgumentException(
          "grant " + id + ": a direct grant has no via, an inherited one names it");
    }
  }

  /** Wildcards in the permission or the resource grant more than any single task needs. */
  public boolean isWildcard() {
    return resource.equals("*") || permission.equals("*") || permission.endsWith(":*");
  }
}
