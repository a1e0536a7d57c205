package io.keyward.model.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An anomaly or detection from a feed, mapped to the identity and credential it concerns. An alert
 * neither could be matched to stays visible as unmatched rather than being dropped.
 *
 * @param type the feed's finding type, e.g. a GuardDuty type or CAEP event type
 * @param raw the event as the feed sent it, for the analyst to read
 */
public record Alert(
    String id,
    String sourceId,
    String externalId,
    Instant time,
    Severity severity,
    String type,
    String title,
    @Nullable String identityId,
    @Nullable String credentialId,
    AlertStatus status,
    String raw) {

  public Alert {
    Require.text(id, "alert id");
    Require.text(sourceId, "alert source");
    Require.text(externalId, "alert external id");
    Require.present(time, "alert time");
    Require.present(severity, "alert severity");
    Require.text(type, "alert type");
    Require.text(title, "alert title");
    Require.present(status, "alert status");
    Require.present(raw, "alert raw event");
  }

  public boolean matched() {
    return identityId != null || credentialId != null;
  }

  /**
   * The type as analysts say it: an event-type URI (CAEP, RISC) by its last segment, e.g. {@code
   * session-revoked}; other types as they are.
   */
  public String shortType() {
    return shortType(type);
  }

  public static String shortType(String type) {
    if (!type.startsWith("http://") && !type.startsWith("https://") && !type.startsWith("urn:")) {
      return type;
    }
    String trimmed = type.replaceAll("[/:]+$", "");
    String last =
        trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':')) + 1);
    return last.isEmpty() ? type : last;
  }
}
