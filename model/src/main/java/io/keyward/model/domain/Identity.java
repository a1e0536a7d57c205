package io.keyward.model.domain;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A principal in a source: a person, agent, service account, workload, application, role or group.
 *
 * @param externalId the source's own id (ARN, object id, email, client id)
 * @param ownerId the accountable human (owner or sponsor) of a non-human identity, if recorded
 * @param classification why Keyward gave it this kind, in words an analyst can check
 * @param tags source tags and attributes (team, MFA method, ...), never secrets
 */
public record Identity(
    String id,
    String sourceId,
    String externalId,
    IdentityKind kind,
    String name,
    @Nullable String email,
    IdentityStatus status,
    @Nullable Instant createdAt,
    @Nullable String ownerId,
    String classification,
    Map<String, String> tags) {

  public Identity {
    Require.text(id, "identity id");
    Require.text(sourceId, "identity source");
    Require.text(externalId, "identity external id");
    Require.present(kind, "identity kind");
    Require.text(name, "identity name");
    Require.present(status, "identity status");
    Require.present(classification, "identity classification");
    tags = Require.map(tags, "identity tags");
    if (id.equals(ownerId)) {
      throw new IllegalArgumentException("identity " + id + " cannot own itself");
    }
  }

  public boolean enabled() {
    return status == IdentityStatus.ENABLED;
  }
}
