package io.keyward.model.timeline;

/** What a timeline entry records; at one instant, entries sort in this order. */
public enum TimelineEntryKind {
  IDENTITY_CREATED,
  CREDENTIAL_CREATED,
  CREDENTIAL_ROTATED,
  GRANT_ADDED,
  ACCESS_EVENT,
  CREDENTIAL_LAST_USED,
  ALERT,
  REVOCATION,
  CREDENTIAL_EXPIRED
}
