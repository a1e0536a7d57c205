package io.keyward.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Typed reads of one JSON object's fields that collect a {@link FieldError} for each field of the
 * wrong shape instead of stopping at the first, so a document is fixed in one pass.
 */
public final class JsonFields {
  private static final int FOUND_LENGTH = 60;

  private final ObjectNode node;
  private final String path;
  private final List<FieldError> errors;

  /**
   * @param path the object's own path, e.g. {@code policies[2]}; empty for a document's root
   * @param errors where the reads add what they find wrong
   */
  public JsonFields(ObjectNode node, String path, List<FieldError> errors) {
    this.node = node;
    this.path = path;
    this.errors = errors;
  }

  /** Reads {@code root} as an object, or records that it is not one and returns empty. */
  public static Optional<JsonFields> object(
      JsonNode root, String path, String what, List<FieldError> errors) {
    if (root instanceof ObjectNode object) {
      return Optional.of(new JsonFields(object, path, errors));
    }
    errors.add(new FieldError(path.isEmpty() ? "document" : path, what, found(root)));
    return Optional.empty();
  }

  /** A non-blank string; null (with an error) when required and absent. */
  public @Nullable String text(String name, boolean required) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      if (required) {
        error(name, "a non-empty string", value);
      }
      return null;
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      error(name, "a non-empty string", value);
      return null;
    }
    return value.asText();
  }

  /** A list of non-blank strings; empty (with an error) when required and absent. */
  public List<String> textList(String name, boolean required) {
    JsonNode value = node.get(name);
    List<String> result = new ArrayList<>();
    if (value == null || value.isNull()) {
      if (required) {
        error(name, "a list of strings", value);
      }
      return result;
    }
    if (!value.isArray()) {
      error(name, "a list of strings", value);
      return result;
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      if (!item.isTextual() || item.asText().isBlank()) {
        errors.add(new FieldError(field(name) + "[" + i + "]", "a non-empty string", found(item)));
      } else {
        result.add(item.asText());
      }
    }
    return result;
  }

  /** A whole number of at least {@code min}; null when absent and not required. */
  public @Nullable Integer wholeNumber(String name, int min, String unit, boolean required) {
    JsonNode value = node.get(name);
    String expected = "a whole number of " + unit + " of at least " + min;
    if (value == null || value.isNull()) {
      if (required) {
        error(name, expected, value);
      }
      return null;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < min) {
      error(name, expected, value);
      return null;
    }
    return value.asInt();
  }

  /** A share between 0 and 1; null when absent. */
  public @Nullable Double share(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > 1) {
      error(name, "a share between 0 and 1", value);
      return null;
    }
    return value.asDouble();
  }

  /** One of {@code allowed} (compared case-insensitively, returned as written in the list). */
  public @Nullable String oneOf(String name, List<String> allowed, boolean required) {
    JsonNode value = node.get(name);
    String expected = "one of " + String.join(", ", allowed);
    if (value == null || value.isNull()) {
      if (required) {
        error(name, expected, value);
      }
      return null;
    }
    if (value.isTextual()) {
      for (String candidate : allowed) {
        if (candidate.equalsIgnoreCase(value.asText().strip())) {
          return candidate;
        }
      }
    }
    error(name, expected, value);
    return null;
  }

  /** The fields not in {@code known}, in document order. */
  public List<String> otherFields(Set<String> known) {
    List<String> others = new ArrayList<>();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        others.add(name);
      }
    }
    return others;
  }

  /** Records that {@code name} is not a field this document has. */
  public void unexpected(String name, String expected) {
    errors.add(new FieldError(field(name), expected, "a field named " + quote(name)));
  }

  private void error(String name, String expected, @Nullable JsonNode value) {
    errors.add(new FieldError(field(name), expected, found(value)));
  }

  private String field(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** What a document holds, as short JSON an analyst recognizes. */
  static String found(@Nullable JsonNode value) {
    if (value == null) {
      return "nothing";
    }
    if (value.isNull()) {
      return "null";
    }
    String text = value.toString();
    if (text.length() > FOUND_LENGTH) {
      text = text.substring(0, FOUND_LENGTH - 1) + "…";
    }
    return describe(value) + " " + text;
  }

  private static String describe(JsonNode value) {
    if (value.isTextual()) {
      return "the string";
    }
    if (value.isNumber()) {
      return "the number";
    }
    if (value.isArray()) {
      return "the list";
    }
    if (value.isObject()) {
      return "the object";
    }
    return value.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }
}
