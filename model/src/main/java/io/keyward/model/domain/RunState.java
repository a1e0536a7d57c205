package io.keyward.model.domain;

public enum RunState {
  RUNNING,
  COMPLETED,
  FAILED,
  ABORTED
}
