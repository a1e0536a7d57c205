package io.keyward.model.usage;

/** What the evidence says about one grant over the window. */
public enum UsageStatus {
  /** Exercised within the window. */
  USED,
  /** Observable, and not exercised within the window. */
  UNUSED,
  /**
   * Nothing observes it: no access events cover its principal's source and no last use reported.
   */
  UNKNOWN
}
