package io.keyward.app.format;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the console writes values for people: one place, so every table and pane agrees. */
public final class Display {
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Display() {}

  /** {@code 2026-11-23 09:42 UTC}, or an em dash when unknown. */
  public static String instant(@Nullable Instant instant) {
    return instant == null ? "—" : INSTANT.format(instant);
  }

  /** Whole days from {@code from} to {@code now}, e.g. {@code 93 d}; an em dash when unknown. */
  public static String days(@Nullable Instant from, Instant now) {
    if (from == null) {
      return "—";
    }
    return count(Duration.between(from, now).toDays()) + " d";
  }

  /** Whole days from {@code from} to {@code now}, or -1 when unknown: a sort key for ages. */
  public static long dayCount(@Nullable Instant from, Instant now) {
    return from == null ? -1 : Duration.between(from, now).toDays();
  }

  /** Grouped thousands in English, e.g. {@code 1,234,567}. */
  public static String count(long value) {
    return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
  }

  /** {@code 1 identity} / {@code 3 identities}. */
  public static String count(long value, String singular, String plural) {
    return count(value) + " " + (value == 1 ? singular : plural);
  }

  /**
   * An enum constant as a word a person would write: {@code SERVICE_ACCOUNT} is "Service account".
   */
  public static String words(Enum<?> constant) {
    String lower = constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
