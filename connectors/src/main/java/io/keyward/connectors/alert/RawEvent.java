package io.keyward.connectors.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.keyward.connectors.http.WireJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The event an alert keeps for the analyst to read. Feeds can carry secrets in free-form fields (a
 * session token in {@code unmapped}, a password in {@code additionalInfo}); values of fields named
 * like one are replaced before anything is stored.
 */
public final class RawEvent {
  static final String REDACTED = "[redacted]";

  /** Field names, lower-cased without separators, that hold secrets rather than ids. */
  private static final Pattern SECRET_NAME =
      Pattern.compile(
          ".*(password|passwd|secret|privatekey|sessiontoken|accesstoken|refreshtoken|idtoken"
              + "|bearertoken|apikey|authorization|cookie|clientassertion).*");

  private RawEvent() {}

  /** {@code event} as compact JSON, with secret-named fields redacted. */
  public static String text(JsonNode event) {
    JsonNode copy = event.deepCopy();
    redact(copy);
    try {
      return WireJson.MAPPER.writeValueAsString(copy);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an event read as JSON", e);
    }
  }

  /**
   * {@code raw} indented for reading, secret-named fields redacted again (the cache may hold events
   * another writer stored); text that is not JSON is returned as it is.
   */
  public static String pretty(String raw) {
    JsonNode event;
    try {
      event = WireJson.MAPPER.readTree(raw);
    } catch (JsonProcessingException e) {
      return raw;
    }
    if (event == null) {
      return raw;
    }
    redact(event);
    try {
      return WireJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an event read as JSON", e);
    }
  }

  static boolean secretName(String field) {
    return SECRET_NAME
        .matcher(field.toLowerCase(Locale.ROOT).replace("_", "").replace("-", ""))
        .matches();
  }

  private static void redact(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> secrets = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (secretName(field.getKey()) && !field.getValue().isContainerNode()) {
          secrets.add(field.getKey());
        } else {
          redact(field.getValue());
        }
      }
      secrets.forEach(name -> object.set(name, TextNode.valueOf(REDACTED)));
    } else if (node.isArray()) {
      node.forEach(RawEvent::redact);
    }
  }
}
