package io.keyward.model.policy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How often an agent's access must be audited, as the policy's {@code audit_frequency} says. */
public enum AuditFrequency {
  HOURLY(Duration.ofHours(1)),
  DAILY(Duration.ofDays(1)),
  WEEKLY(Duration.ofDays(7)),
  MONTHLY(Duration.ofDays(31)),
  QUARTERLY(Duration.ofDays(92));

  private final Duration interval;

  AuditFrequency(Duration interval) {
    this.interval = interval;
  }

  /** The longest an audit may be ago before it is overdue. */
  public Duration interval() {
    return interval;
  }

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static List<String> jsonNames() {
    return Arrays.stream(values()).map(AuditFrequency::jsonName).toList();
  }

  static AuditFrequency fromJson(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
