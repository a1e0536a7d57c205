package io.keyward.connectors;

import java.util.Objects;

/**
 * A password, client secret, private key or token held in memory only. It prints as {@code
 * [redacted]} in logs, exceptions and string concatenation; code that must send it calls {@link
 * #reveal()} at the last moment.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  public static Secret of(String value) {
    Objects.requireNonNull(value, "secret value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("a secret cannot be empty");
    }
    return new Secret(value);
  }

  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "[redacted]";
  }
}
