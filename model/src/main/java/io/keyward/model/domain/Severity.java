package io.keyward.model.domain;

/** Alert severity, ordered from least to most urgent. */
public enum Severity {
  INFO,
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
