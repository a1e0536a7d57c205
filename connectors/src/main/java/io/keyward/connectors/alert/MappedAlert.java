package io.keyward.connectors.alert;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.Severity;
import java.time.Instant;
import java.util.List;

/**
 * One alert as a feed mapper reads it, before it is matched to the cache: the feed's own id, time,
 * severity, type and title, and the identifiers it names its subject by, strongest first.
 *
 * @param raw the event as the feed sent it (secrets redacted by {@link RawEvent})
 */
public record MappedAlert(
    String externalId,
    Instant time,
    Severity severity,
    String type,
    String title,
    AlertStatus status,
    List<SubjectRef> subjects,
    JsonNode raw) {

  public MappedAlert {
    subjects = List.copyOf(subjects);
  }

  /** Of two reports of one finding (created, then updated or closed), the later one stands. */
  static MappedAlert later(MappedAlert first, MappedAlert second) {
    return second.time().isBefore(first.time()) ? first : second;
  }

  Alert toAlert(String sourceId, SubjectMatch match) {
    return new Alert(
        sourceId + ":alert/" + externalId,
        sourceId,
        externalId,
        time,
        severity,
        type,
        title,
        match.identityId(),
        match.credentialId(),
        status,
        RawEvent.text(raw));
  }
}
