package io.keyward.model.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something a source logged an identity doing: a credential issued, a sign-in, an access decision
 * or a change to its access.
 *
 * @param action the source's name for it, e.g. {@code sts:AssumeRole} or {@code LOGIN}
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
    @Nullable String region) {

  public AccessEvent {
    Require.text(id, "event id");
    Require.text(sourceId, "event source");
    Require.present(time, "event time");
    Require.present(type, "event type");
    Require.text(action, "event action");
  }
}
