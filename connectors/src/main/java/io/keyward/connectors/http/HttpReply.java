package io.keyward.connectors.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Headers;

/** A response read in full: status, headers and body text. */
public record HttpReply(int status, Headers headers, String body) {

  public boolean successful() {
    return status >= 200 && status < 300;
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /** {@code Retry-After} as seconds or an HTTP date, measured from {@code now}. */
  public Optional<Duration> retryAfter(Instant now) {
    return header("Retry-After").flatMap(value -> parseRetryAfter(value.trim(), now));
  }

  private static Optional<Duration> parseRetryAfter(String value, Instant now) {
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  /** The start of the body, for error messages: enough to recognise, never a whole payload. */
  public String bodySnippet() {
    String flat = body.replaceAll("\\s+", " ").trim();
    return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
  }
}
