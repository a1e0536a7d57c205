package io.keyward.connectors.caep;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.alert.FeedItem;
import io.keyward.connectors.alert.FeedMapper;
import io.keyward.connectors.alert.MappedAlert;
import io.keyward.connectors.alert.SubjectRef;
import io.keyward.model.domain.AlertStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Security event tokens to alerts: one per event in {@code events} (SSF puts exactly one), at the
 * event's {@code event_timestamp}, else the token's {@code iat} (both epoch seconds). The subject
 * is the SSF {@code sub_id} or, in older tokens, the event's {@code subject}; every RFC 9493 format
 * that can name an identity or session is read. Events are signals, not proof: all stay open.
 */
final class CaepMapper implements FeedMapper {
  private final SetVerifier verifier;

  CaepMapper(SetVerifier verifier) {
    this.verifier = verifier;
  }

  @Override
  public List<MappedAlert> map(FeedItem item) {
    JsonNode json = item.json();
    if (json.isTextual()) {
      SecurityEventToken token = SecurityEventToken.parse(json.asText());
      verifier.check(token);
      return claims(token.claims());
    }
    if (json.isObject() && json.path("sets").isObject()) {
      return pollReply(json.path("sets"));
    }
    if (json.isObject()) {
      verifier.checkDecoded();
      return claims(json);
    }
    throw new IllegalArgumentException("neither a compact JWT nor SET claims (a JSON object)");
  }

  /** A poll reply (RFC 8936): {@code {"sets": {"JTI": "JWT", ...}}}. */
  private List<MappedAlert> pollReply(JsonNode sets) {
    List<MappedAlert> alerts = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> entries = sets.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      try {
        SecurityEventToken token = SecurityEventToken.parse(entry.getValue().asText());
        verifier.check(token);
        alerts.addAll(claims(token.claims()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("set " + entry.getKey() + ": " + e.getMessage());
      }
    }
    return alerts;
  }

  static List<MappedAlert> claims(JsonNode claims) {
    String issuer = required(claims, "iss");
    String jti = required(claims, "jti");
    JsonNode events = claims.path("events");
    if (!events.isObject() || events.isEmpty()) {
      throw new IllegalArgumentException("events is missing or empty");
    }
    Instant issued = seconds(claims.path("iat"), "iat");
    List<MappedAlert> alerts = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> entries = events.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      String type = entry.getKey();
      JsonNode event = entry.getValue();
      JsonNode subjectId = claims.has("sub_id") ? claims.path("sub_id") : event.path("subject");
      List<SubjectRef> subjects = new ArrayList<>();
      CaepSubjects.read(subjectId, issuer, subjects);
      if (subjects.isEmpty() && claims.hasNonNull("sub")) {
        CaepSubjects.opaque(claims.path("sub").asText(), subjects);
      }
      Instant time =
          event.has("event_timestamp")
              ? seconds(event.path("event_timestamp"), "event_timestamp")
              : issued;
      alerts.add(
          new MappedAlert(
              events.size() == 1 ? jti : jti + "#" + type,
              time,
              CaepEvent.severity(type, event),
              type,
              CaepEvent.title(type, event, CaepSubjects.label(subjectId, claims)),
              AlertStatus.OPEN,
              subjects,
              claims));
    }
    return alerts;
  }

  /** SET times are epoch seconds (NumericDate), possibly with a fraction. */
  static Instant seconds(JsonNode value, String member) {
    if (!value.isNumber() || value.asDouble() <= 0) {
      throw new IllegalArgumentException(member + " is missing or not a number of seconds");
    }
    return Instant.ofEpochMilli(Math.round(value.asDouble() * 1000));
  }

  private static String required(JsonNode claims, String member) {
    String value = claims.path(member).asText("");
    if (value.isBlank()) {
      throw new IllegalArgumentException(member + " is missing");
    }
    return value;
  }
}
