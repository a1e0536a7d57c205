package io.keyward.model.scorecard;

/** A criterion's outcome. */
public enum Status {
  PASS,
  FAIL,
  /** No connected source could show it either way; a step with an unknown criterion is not met. */
  UNKNOWN
}
