package io.keyward.connectors.caep;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How one CAEP or RISC event reads to an analyst: a title from its type and members, and a
 * severity. Event types are URIs; Keyward speaks of them by their last segment.
 */
final class CaepEvent {
  private CaepEvent() {}

  static String title(String type, JsonNode event, String subject) {
    String name = Alert.shortType(type);
    List<String> facts = new ArrayList<>();
    switch (name) {
      case "credential-change" -> {
        addText(facts, event, "credential_type");
        addText(facts, event, "change_type");
        addText(facts, event, "friendly_name");
      }
      case "risk-level-change", "assurance-level-change" -> {
        if (event.hasNonNull("current_level")) {
          facts.add("now " + event.path("current_level").asText());
        }
      }
      case "device-compliance-change" -> addText(facts, event, "current_status");
      default -> {}
    }
    String reason = reason(event);
    String title =
        words(name)
            + (facts.isEmpty() ? "" : " (" + String.join(", ", facts) + ")")
            + (subject.isEmpty() ? "" : " for " + subject);
    return reason.isEmpty() ? title : title + ": " + reason;
  }

  static Severity severity(String type, JsonNode event) {
    return switch (Alert.shortType(type)) {
      case "credential-compromise" -> Severity.HIGH;
      case "risk-level-change" -> level(event.path("current_level").asText(""));
      case "session-revoked", "assurance-level-change", "account-disabled" -> Severity.MEDIUM;
      case "device-compliance-change" ->
          "not-compliant".equals(event.path("current_status").asText())
              ? Severity.MEDIUM
              : Severity.LOW;
      case "credential-change" ->
          switch (event.path("change_type").asText("")) {
            case "revoke", "delete" -> Severity.LOW;
            default -> Severity.INFO;
          };
      case "session-established", "session-presented" -> Severity.INFO;
      default -> Severity.LOW;
    };
  }

  private static Severity level(String level) {
    return switch (level.toLowerCase(Locale.ROOT)) {
      case "high" -> Severity.HIGH;
      case "medium" -> Severity.MEDIUM;
      default -> Severity.LOW;
    };
  }

  /** {@code reason_admin} (or {@code reason_user}): a string, or texts keyed by language tag. */
  private static String reason(JsonNode event) {
    for (String member : List.of("reason_admin", "reason_user")) {
      JsonNode reason = event.path(member);
      if (reason.isTextual()) {
        return reason.asText();
      }
      if (reason.isObject() && reason.size() > 0) {
        JsonNode english = reason.path("en");
        return english.isTextual() ? english.asText() : reason.elements().next().asText();
      }
    }
    return "";
  }

  private static void addText(List<String> facts, JsonNode event, String member) {
    if (event.hasNonNull(member) && !event.path(member).asText().isBlank()) {
      facts.add(event.path(member).asText());
    }
  }

  /** {@code session-revoked} as "Session revoked". */
  static String words(String name) {
    String spaced = name.replace('-', ' ').replace('_', ' ');
    return spaced.isEmpty() ? name : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
