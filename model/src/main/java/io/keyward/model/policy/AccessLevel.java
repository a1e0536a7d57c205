package io.keyward.model.policy;

import io.keyward.model.domain.Privilege;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How much an agent may do, as the policy's {@code access_level} names it. */
public enum AccessLevel {
  READ_ONLY(Privilege.READ, false),
  READ_ONLY_SENSITIVE_DATA(Privilege.READ, true),
  READ_WRITE(Privilege.WRITE, false),
  READ_WRITE_SENSITIVE_DATA(Privilege.WRITE, true),
  ADMIN(Privilege.ADMIN, true);

  private final Privilege highest;
  private final boolean sensitiveData;

  AccessLevel(Privilege highest, boolean sensitiveData) {
    this.highest = highest;
    this.sensitiveData = sensitiveData;
  }

  /** The strongest grant the level allows. */
  public Privilege highest() {
    return highest;
  }

  /** Whether the agent may reach resources marked sensitive. */
  public boolean sensitiveData() {
    return sensitiveData;
  }

  /** The JSON spelling, e.g. {@code read_only_sensitive_data}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static List<String> jsonNames() {
    return Arrays.stream(values()).map(AccessLevel::jsonName).toList();
  }

  static AccessLevel fromJson(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
