package io.keyward.model.timeline;

import io.keyward.model.cache.GrantAddition;
import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.Issuance;
import io.keyward.model.domain.Revocation;
import io.keyward.model.domain.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Puts what the cache knows about one subject into time order: alerts, access events, credential
 * creation, rotation, last use and expiry, revocations. Pure: the caller reads the facts (see
 * {@link TimelineQuery}), so the rules are tested on constructed lists.
 */
public final class IncidentTimeline {
  /** The cache keeps each source's latest state only; said on every timeline, not hidden. */
  public static final String NO_GRANT_HISTORY =
      "Grant removals are not shown, and a grant shows when a sync first saw it, not when it was"
          + " granted: the cache keeps only the grants each source holds now.";

  static final Comparator<TimelineEntry> ORDER =
      Comparator.comparing(TimelineEntry::time)
          .thenComparing(TimelineEntry::kind)
          .thenComparing(TimelineEntry::itemId);

  private final Instant now;
  private final List<TimelineEntry> entries = new ArrayList<>();

  private IncidentTimeline(Instant now) {
    this.now = now;
  }

  /**
   * The timeline of {@code identity}.
   *
   * @param credentials every credential it holds
   * @param additions the grants it holds that appeared after their source's first sync
   */
  public static Timeline ofIdentity(
      Identity identity,
      List<Credential> credentials,
      List<GrantAddition> additions,
      List<Alert> alerts,
      List<AccessEvent> events,
      List<Revocation> revocations,
      Instant now) {
    IncidentTimeline timeline = new IncidentTimeline(now);
    if (identity.createdAt() != null) {
      timeline.add(
          identity.createdAt(),
          TimelineEntryKind.IDENTITY_CREATED,
          identity.name() + " created",
          words(identity.kind().name()),
          null,
          identity.id());
    }
    credentials.forEach(c -> timeline.credential(c, credentials));
    additions.forEach(timeline::grantAdded);
    timeline.rest(alerts, events, revocations);
    return timeline.build(identity.id(), identity.name());
  }

  /**
   * The timeline of one {@code credential}.
   *
   * @param holderCredentials every credential its holder has, to tell a rotation from a first key
   */
  public static Timeline ofCredential(
      Credential credential,
      List<Credential> holderCredentials,
      List<Alert> alerts,
      List<AccessEvent> events,
      List<Revocation> revocations,
      Instant now) {
    IncidentTimeline timeline = new IncidentTimeline(now);
    timeline.credential(credential, holderCredentials);
    timeline.rest(alerts, events, revocations);
    return timeline.build(credential.id(), label(credential));
  }

  private void rest(List<Alert> alerts, List<AccessEvent> events, List<Revocation> revocations) {
    alerts.forEach(this::alert);
    events.forEach(this::event);
    revocations.forEach(this::revocation);
  }

  private Timeline build(String subjectId, String subjectName) {
    entries.sort(ORDER);
    return new Timeline(subjectId, subjectName, entries, List.of(NO_GRANT_HISTORY));
  }

  private void credential(Credential credential, Collection<Credential> holderCredentials) {
    String label = label(credential);
    if (credential.createdAt() != null) {
      Optional<Credential> previous = previous(credential, holderCredentials);
      String kind = words(credential.kind().name());
      if (previous.isPresent()) {
        Credential before = previous.get();
        add(
            credential.createdAt(),
            TimelineEntryKind.CREDENTIAL_ROTATED,
            label + " created, replacing " + label(before),
            kind
                + " · the earlier one is "
                + (before.active() ? "still active" : words(before.status().name())),
            null,
            credential.id());
      } else {
        add(
            credential.createdAt(),
            TimelineEntryKind.CREDENTIAL_CREATED,
            label + " created",
            kind + (credential.isStatic() ? " · never expires" : ""),
            null,
            credential.id());
      }
    }
    if (credential.lastUsedAt() != null) {
      add(
          credential.lastUsedAt(),
          TimelineEntryKind.CREDENTIAL_LAST_USED,
          label + " last used",
          "the latest use the source reports",
          null,
          credential.id());
    }
    if (credential.expiresAt() != null && !credential.expiresAt().isAfter(now)) {
      add(
          credential.expiresAt(),
          TimelineEntryKind.CREDENTIAL_EXPIRED,
          label + " expired",
          words(credential.kind().name()),
          null,
          credential.id());
    }
  }

  /** The newest credential of the same kind and holder created before {@code credential}. */
  private static Optional<Credential> previous(
      Credential credential, Collection<Credential> holderCredentials) {
    return holderCredentials.stream()
        .filter(other -> !other.id().equals(credential.id()))
        .filter(other -> other.kind() == credential.kind())
        .filter(other -> other.identityId().equals(credential.identityId()))
        .filter(
            other ->
                other.createdAt() != null && other.createdAt().isBefore(credential.createdAt()))
        .max(Comparator.comparing(Credential::createdAt));
  }

  private void alert(Alert alert) {
    add(
        alert.time(),
        TimelineEntryKind.ALERT,
        alert.title(),
        String.join(" · ", alert.type(), words(alert.status().name()), alert.sourceId()),
        alert.severity(),
        alert.id());
  }

  private void event(AccessEvent event) {
    List<String> facts = new ArrayList<>();
    facts.add(words(event.type().name()));
    Issuance issued = event.issuance();
    if (issued != null) {
      facts.add("by " + issued.issuer() + " to " + issued.subject());
      if (issued.sourceIdentity() != null) {
        facts.add("source identity " + issued.sourceIdentity());
      }
    }
    if (event.errorCode() != null) {
      facts.add(event.errorCode());
    }
    if (event.sourceIp() != null) {
      facts.add("from " + event.sourceIp());
    }
    if (event.region() != null) {
      facts.add(event.region());
    }
    facts.add(event.sourceId());
    add(
        event.time(),
        TimelineEntryKind.ACCESS_EVENT,
        title(event, issued),
        String.join(" · ", facts),
        null,
        event.id());
  }

  /**
   * What happened in a few words: "sts:AssumeRole on ROLE: session run-42 for 15 min",
   * "s3:PutObject on BUCKET denied", "iam:CreateAccessKey on KEY".
   */
  private static String title(AccessEvent event, @Nullable Issuance issued) {
    String title = event.action() + (event.resource() == null ? "" : " on " + event.resource());
    if (issued != null) {
      return title
          + ": "
          + (issued.sessionName() == null ? "session" : "session " + issued.sessionName())
          + " for "
          + span(issued.lifetime());
    }
    return event.type() == AccessEventType.ACCESS_DENIED ? title + " denied" : title;
  }

  /** {@code 15 min}, {@code 1 h}, {@code 1 h 30 min}, {@code 45 s}. */
  static String span(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes == 0) {
      return duration.toSeconds() + " s";
    }
    long hours = minutes / 60;
    long rest = minutes % 60;
    if (hours == 0) {
      return rest + " min";
    }
    return hours + " h" + (rest == 0 ? "" : " " + rest + " min");
  }

  /** When the sync that first saw a grant ran; it was granted after the sync before. */
  private void grantAdded(GrantAddition addition) {
    Grant grant = addition.grant();
    add(
        addition.seenAt(),
        TimelineEntryKind.GRANT_ADDED,
        grant.permission() + " on " + grant.resource() + " granted",
        words(grant.privilege().name())
            + " · not there at the sync of "
            + addition.notBefore().truncatedTo(ChronoUnit.MINUTES)
            + " · "
            + grant.sourceId(),
        null,
        grant.id());
  }

  private void revocation(Revocation revocation) {
    add(
        revocation.time(),
        TimelineEntryKind.REVOCATION,
        words(revocation.action().name()) + ": " + words(revocation.outcome().name()),
        "by "
            + revocation.actor()
            + (revocation.result().isBlank() ? "" : " · " + revocation.result()),
        null,
        revocation.id());
  }

  private void add(
      Instant time,
      TimelineEntryKind kind,
      String title,
      String detail,
      @Nullable Severity severity,
      String itemId) {
    entries.add(new TimelineEntry(time, kind, title, detail, severity, itemId));
  }

  static String label(Credential credential) {
    return credential.displayName().isBlank() ? credential.externalId() : credential.displayName();
  }

  /** {@code ACCESS_KEY} as "Access key". */
  static String words(String constant) {
    String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
