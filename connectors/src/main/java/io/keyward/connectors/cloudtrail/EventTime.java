package io.keyward.connectors.cloudtrail;

import io.keyward.connectors.Timestamps;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * {@code eventTime} as CloudTrail writes it, {@code 2026-11-20T10:00:00Z}, read without a
 * formatter: a million records spend more on general ISO-8601 parsing than on SQLite. Anything else
 * goes through {@link Timestamps#iso}. Records of one file share seconds, so the last value is
 * remembered.
 */
final class EventTime {
  private @Nullable String lastText;
  private @Nullable Instant last;

  @Nullable Instant parse(String text) {
    if (text.equals(lastText)) {
      return last;
    }
    Instant time = plain(text);
    if (time == null) {
      time = Timestamps.iso(text, "eventTime");
    }
    lastText = text;
    last = time;
    return time;
  }

  private static @Nullable Instant plain(String t) {
    if (t.length() != 20
        || t.charAt(4) != '-'
        || t.charAt(7) != '-'
        || t.charAt(10) != 'T'
        || t.charAt(13) != ':'
        || t.charAt(16) != ':'
        || t.charAt(19) != 'Z') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 7);
    int day = digits(t, 8, 10);
    int hour = digits(t, 11, 13);
    int minute = digits(t, 14, 16);
    int second = digits(t, 17, 19);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
    } catch (java.time.DateTimeException e) {
      return null; // out of range: let the general parser name the problem
    }
  }

  /** The decimal number in {@code t[from, to)}, or -1 when a character is no digit. */
  private static int digits(String t, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
