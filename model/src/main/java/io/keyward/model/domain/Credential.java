package io.keyward.model.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Metadata of a credential. There is deliberately no field that could hold the secret itself.
 *
 * @param externalId the source's key id or fingerprint (AKIA..., keyId, key name)
 * @param fingerprint a stable hash of the key material where the source gives one; two credentials
 *     with one fingerprint are the same secret held twice
 */
public record Credential(
    String id,
    String sourceId,
    String identityId,
    CredentialKind kind,
    String externalId,
    String displayName,
    CredentialStatus status,
    @Nullable Instant createdAt,
    @Nullable Instant expiresAt,
    @Nullable Instant lastUsedAt,
    @Nullable String fingerprint,
    List<String> scopes) {

  public Credential {
    Require.text(id, "credential id");
    Require.text(sourceId, "credential source");
    Require.text(identityId, "credential identity");
    Require.present(kind, "credential kind");
    Require.text(externalId, "credential external id");
    Require.present(displayName, "credential display name");
    Require.present(status, "credential status");
    scopes = Require.list(scopes, "credential scopes");
    if (createdAt != null && expiresAt != null && expiresAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("credential " + id + " expires before it was created");
    }
  }

  /** How long the credential is valid for; empty when it never expires or its start is unknown. */
  public Optional<Duration> lifetime() {
    if (createdAt == null || expiresAt == null) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(createdAt, expiresAt));
  }

  /** Time since creation, or empty when the source does not say. */
  public Optional<Duration> age(Instant now) {
    return createdAt == null ? Optional.empty() : Optional.of(Duration.between(createdAt, now));
  }

  /** A static credential never expires on its own: it lives until somebody revokes it. */
  public boolean isStatic() {
    return expiresAt == null;
  }

  public boolean active() {
    return status == CredentialStatus.ACTIVE;
  }
}
