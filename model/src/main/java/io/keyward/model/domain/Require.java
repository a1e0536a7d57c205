package io.keyward.model.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Construction-time checks shared by the domain records, so each states its invariants in one line.
 */
final class Require {
  private Require() {}

  static String text(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  static <T> T present(T value, String field) {
    return Objects.requireNonNull(value, field);
  }

  static <T> List<T> list(List<T> value, String field) {
    return List.copyOf(Objects.requireNonNull(value, field));
  }

  static Map<String, String> map(Map<String, String> value, String field) {
    return Map.copyOf(Objects.requireNonNull(value, field));
  }
}
