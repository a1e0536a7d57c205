package io.keyward.connectors;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Sources disagree on time: epoch milliseconds (Keycloak, MLflow, OCSF), epoch seconds (Keycloak
 * notBefore, SET), ISO-8601 with 0 to 9 fraction digits and any offset (AWS, Graph, Google). These
 * turn each into an {@link Instant}, naming the field when the value is not a time.
 */
public final class Timestamps {
  private static final Pattern EPOCH = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final long SECONDS_BELOW = 100_000_000_000L;

  private Timestamps() {}

  /** An ISO-8601/RFC 3339 timestamp, or null for null, blank and the sentinels sources use. */
  public static @Nullable Instant iso(@Nullable String value, String field) {
    if (value == null || value.isBlank() || isSentinel(value)) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " '" + value + "' is not an ISO-8601 time");
    }
  }

  /** Epoch milliseconds; zero and absent mean "not recorded". */
  public static @Nullable Instant epochMillis(@Nullable Long value) {
    return value == null || value <= 0 ? null : Instant.ofEpochMilli(value);
  }

  /** Epoch seconds; zero and absent mean "not recorded". */
  public static @Nullable Instant epochSeconds(@Nullable Long value) {
    return value == null || value <= 0 ? null : Instant.ofEpochSecond(value);
  }

  /**
   * A time in whatever unit the writer chose: epoch seconds or milliseconds as a number or numeric
   * string (told apart by size: below 10^11 is seconds, i.e. before the year 5138, and above is
   * milliseconds, i.e. after March 1973), else ISO-8601. For formats where producers disagree
   * (MLflow's int64-as-string, OpenLineage producers, hand-made files).
   */
  public static @Nullable Instant anyUnit(@Nullable String value, String field) {
    if (value == null || value.isBlank() || isSentinel(value)) {
      return null;
    }
    String text = value.trim();
    if (EPOCH.matcher(text).matches()) {
      long number;
      try {
        number = Long.parseLong(text.contains(".") ? text.substring(0, text.indexOf('.')) : text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(field + " '" + value + "' is out of range for a time");
      }
      return Math.abs(number) < SECONDS_BELOW ? epochSeconds(number) : epochMillis(number);
    }
    return iso(text, field);
  }

  private static boolean isSentinel(String value) {
    return switch (value.trim()) {
      case "N/A", "no_information", "not_supported" -> true;
      default -> false;
    };
  }
}
