package io.keyward.connectors.caep;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.alert.SubjectRef;
import java.util.List;

/**
 * The identifiers a subject identifier (RFC 9493, and SSF's {@code complex}) names, in the order
 * they should be tried: a session before its user, ids before names.
 */
final class CaepSubjects {
  private CaepSubjects() {}

  static void read(JsonNode subject, String issuer, List<SubjectRef> refs) {
    if (!subject.isObject()) {
      return;
    }
    switch (subject.path("format").asText("")) {
      case "email" -> add(refs, subject, "email", true);
      case "iss_sub" -> {
        String sub = subject.path("sub").asText("");
        if (!sub.isBlank()) {
          refs.add(new SubjectRef.IssuerSubject(subject.path("iss").asText(issuer), sub));
        }
      }
      case "opaque" -> opaque(subject.path("id").asText(""), refs);
      case "account" -> {
        String uri = subject.path("uri").asText("");
        if (uri.startsWith("acct:")) {
          refs.add(SubjectRef.of(uri.substring("acct:".length())));
        }
      }
      case "did", "uri" -> add(refs, subject, "uri", false);
      case "aliases" -> subject.path("identifiers").forEach(alias -> read(alias, issuer, refs));
      case "complex" -> {
        JsonNode session = subject.path("session");
        if (session.path("format").asText().equals("opaque")
            && !session.path("id").asText("").isBlank()) {
          refs.add(new SubjectRef.CredentialId(session.path("id").asText()));
        }
        read(subject.path("user"), issuer, refs);
      }
      default -> {}
    }
  }

  /** An opaque id: an identity's own id in its source, or failing that a unique name. */
  static void opaque(String id, List<SubjectRef> refs) {
    if (!id.isBlank()) {
      refs.add(new SubjectRef.ExternalId(id));
      refs.add(new SubjectRef.Name(id));
    }
  }

  /** How the title names the subject: its email, sub, id or uri, as the token gives it. */
  static String label(JsonNode subject, JsonNode claims) {
    JsonNode user =
        subject.path("format").asText().equals("complex") ? subject.path("user") : subject;
    for (String member : List.of("email", "sub", "id", "uri")) {
      if (user.hasNonNull(member) && !user.path(member).asText().isBlank()) {
        return user.path(member).asText();
      }
    }
    return claims.path("sub").asText("");
  }

  private static void add(List<SubjectRef> refs, JsonNode subject, String member, boolean email) {
    String value = subject.path(member).asText("");
    if (!value.isBlank()) {
      refs.add(
          email
              ? new SubjectRef.Email(value.toLowerCase(java.util.Locale.ROOT))
              : new SubjectRef.ExternalId(value));
    }
  }
}
