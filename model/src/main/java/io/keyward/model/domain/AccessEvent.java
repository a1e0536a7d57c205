package io.keyward.model.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something a source logged an identity doing: a credential issued, a sign-in, an access decision
 * or a change to its access.
 *
 * @param action the source's name for it, e.g. {@code sts:AssumeRole} or {@code LOGIN}
 * @param errorCode why the source refused it, e.g. {@code AccessDenied}; null when it did not
 * @param issuance what was issued, on {@link AccessEventType#CREDENTIAL_ISSUED} events that say
 */
public record AccessEvent(
    String id,
    String sourceId,
    Instant time,
    AccessEventType type,
    @Nullable String identityId,
    @Nullable String credentialId,
    String action,
    @Nullable String resource,
    @Nullable String sourceIp,
    @Nullable String region,
    @Nullable String errorCode,
    @Nullable Issuance issuance) {

  /** An event that was neither refused nor issued anything. */
  public AccessEvent(
      String id,
      String sourceId,
      Instant time,
      AccessEventType type,
      @Nullable String identityId,
      @Nullable String credentialId,
      String action,
      @Nullable String resource,
      @Nullable String sourceIp,
      @Nullable String region) {
    this(
        id,
        sourceId,
        time,
        type,
        identityId,
        credentialId,
        action,
        resource,
        sourceIp,
        region,
        null,
        null);
  }

  public AccessEvent {
    Require.text(id, "event id");
    Require.text(sourceId, "event source");
    Require.present(time, "event time");
    Require.present(type, "event type");
    Require.text(action, "event action");
  }
}
