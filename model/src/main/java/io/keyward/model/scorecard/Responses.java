package io.keyward.model.scorecard;

import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.Revocation;
import io.keyward.model.domain.RevocationOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How soon an alert was answered: the first change recorded after it, either a revocation in
 * Keyward's audit trail that took effect and was made for that alert or on its subject, or a CHANGE
 * event a source logged on the identity, its credential or its external id (e.g. a session-revoke
 * policy on a role's ARN).
 */
final class Responses {
  private static final Set<RevocationOutcome> EFFECTIVE =
      Set.of(RevocationOutcome.DONE, RevocationOutcome.PARTLY_DONE, RevocationOutcome.ALREADY_DONE);

  /** Marks revocations made for an alert apart from changes to an item of the same id. */
  private static final String ALERT = "alert:";

  private final Estate estate;

  /** When each subject (identity, credential, resource id) was changed, from both records. */
  private final Map<String, List<Instant>> changes = new HashMap<>();

  Responses(Estate estate) {
    this.estate = estate;
    for (Revocation r : estate.revocations()) {
      if (EFFECTIVE.contains(r.outcome())) {
        changed(r.targetId(), r.time());
        changed(r.alertId() == null ? null : ALERT + r.alertId(), r.time());
      }
    }
    for (AccessEvent e : estate.events()) {
      if (e.type() == AccessEventType.CHANGE) {
        changed(e.identityId(), e.time());
        changed(e.credentialId(), e.time());
        changed(e.resource(), e.time());
      }
    }
  }

  private void changed(@Nullable String subject, Instant time) {
    if (subject != null) {
      changes.computeIfAbsent(subject, k -> new ArrayList<>()).add(time);
    }
  }

  /** Time from the alert to its first answer, or empty when nothing answered it. */
  Optional<Duration> after(Alert alert) {
    Set<String> subject = subject(alert);
    Instant first = null;
    for (String id : subject) {
      for (Instant time : changes.getOrDefault(id, List.of())) {
        if (!time.isBefore(alert.time()) && (first == null || time.isBefore(first))) {
          first = time;
        }
      }
    }
    return Optional.ofNullable(first).map(t -> Duration.between(alert.time(), t));
  }

  /** Closed by whoever runs the feed, or answered by a recorded change. */
  boolean actedOn(Alert alert) {
    return alert.status() == AlertStatus.CLOSED || after(alert).isPresent();
  }

  private Set<String> subject(Alert alert) {
    Set<String> ids = new HashSet<>();
    ids.add(ALERT + alert.id());
    if (alert.identityId() != null) {
      ids.add(alert.identityId());
      estate.identity(alert.identityId()).map(Identity::externalId).ifPresent(ids::add);
    }
    if (alert.credentialId() != null) {
      ids.add(alert.credentialId());
      estate
          .credential(alert.credentialId())
          .ifPresent(
              c -> {
                ids.add(c.identityId());
                estate.identity(c.identityId()).map(Identity::externalId).ifPresent(ids::add);
              });
    }
    return ids;
  }
}
