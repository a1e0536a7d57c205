package io.keyward.model.demo;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.Severity;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Shared Signals events pushed by the identity provider. The session-revoked event for Erin was
 * acted on (Entra logs the revocation six minutes later); the rest are still open, and one names a
 * subject Keyward cannot match.
 */
final class CaepReceiverStory extends SourceStory {
  static final long ERIN_SESSION_REVOKED_MINUTES_AGO = 186;
  private static final String EVENT_TYPES = "https://schemas.openid.net/secevent/caep/event-type/";

  CaepReceiverStory(long seed, DemoTime time) {
    super(DemoSources.CAEP, seed, time);
  }

  @Override
  void write(EstateSink sink) {
    event(
        sink,
        time.minutesAgo(ERIN_SESSION_REVOKED_MINUTES_AGO),
        "session-revoked",
        Severity.MEDIUM,
        "Session revoked after impossible travel",
        "erin.walsh@demo-corp.example",
        EntraTenantStory.ERIN,
        null,
        AlertStatus.CLOSED);
    event(
        sink,
        time.daysAgo(1),
        "credential-change",
        Severity.INFO,
        "Certificate of triage-agent-blueprint revoked and replaced",
        "triage-agent-blueprint",
        EntraTenantStory.TRIAGE_BLUEPRINT,
        EntraTenantStory.TRIAGE_BLUEPRINT_CERT,
        AlertStatus.CLOSED);
    event(
        sink,
        time.hoursAgo(2),
        "risk-level-change",
        Severity.HIGH,
        "Risk of research-summarizer raised to high",
        "research-summarizer",
        EntraTenantStory.RESEARCH_SUMMARIZER,
        null,
        AlertStatus.OPEN);
    event(
        sink,
        time.hoursAgo(26),
        "assurance-level-change",
        Severity.MEDIUM,
        "Bob Martens signed in with a weaker authenticator (TOTP)",
        "bob.martens@demo-corp.example",
        EntraTenantStory.BOB,
        null,
        AlertStatus.OPEN);
    event(
        sink,
        time.hoursAgo(11),
        "token-claims-change",
        Severity.LOW,
        "Token claims changed for an unknown subject",
        "svc-unknown-42",
        null,
        null,
        AlertStatus.OPEN);
  }

  private void event(
      EstateSink sink,
      Instant at,
      String eventType,
      Severity severity,
      String title,
      String subject,
      @Nullable String identity,
      @Nullable String credential,
      AlertStatus status) {
    String jti = ids.guid();
    String type = EVENT_TYPES + eventType;
    // The decoded SET payload; the signature is not kept.
    String raw =
        String.format(
            Locale.ROOT,
            "{\"iss\":\"https://login.demo-corp.example\",\"aud\":\"%s\",\"jti\":\"%s\",\"iat\":%d,"
                + "\"sub_id\":{\"format\":\"iss_sub\",\"iss\":\"https://login.demo-corp.example\","
                + "\"sub\":\"%s\"},\"events\":{\"%s\":{\"event_timestamp\":%d,"
                + "\"initiating_entity\":\"policy\"}}}",
            source.location(),
            jti,
            at.getEpochSecond(),
            subject,
            type,
            at.getEpochSecond());
    sink.add(alert(jti, at, severity, type, title, identity, credential, status, raw));
  }
}
