package io.keyward.model.domain;

public enum RevocationOutcome {
  DRY_RUN,
  DONE,
  PARTLY_DONE,
  ALREADY_DONE,
  UNDONE,
  FAILED
}
