package io.keyward.model.domain;

public enum AlertStatus {
  OPEN,
  CLOSED
}
