package io.keyward.connectors.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** The few reads every CloudTrail mapping step makes of a record's loosely typed fields. */
final class Json {
  private Json() {}

  /** A field's text; null when absent, null, an object or blank. */
  static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isValueNode() || value.isNull()) {
      return null;
    }
    String text = value.asText();
    return text.isBlank() ? null : text;
  }
}
