package io.keyward.model.usage;

/** Where a last use comes from. */
public enum UseBasis {
  /** An access event matched the grant's permission and resource. */
  EVENT,
  /** The source reported when the grant was last used (AWS access advisor, GCP activity). */
  SOURCE_REPORTED
}
