package io.keyward.model.timeline;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.SyncSession;
import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Revocation;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import io.keyward.model.domain.Severity;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An incident, built by hand: the trainer agent's first key was rotated 30 days ago (and left
 * active), its session key leaked, GuardDuty fired, CloudTrail logged the use, and an analyst
 * disabled the key. Another agent's alert and events must stay out of trainer's timeline.
 */
final class IncidentEstate {
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final Source AWS = new Source("aws", SourceKind.AWS_IAM, "AWS", "111122223333");
  static final Source FEED = new Source("gd", SourceKind.GUARDDUTY, "GuardDuty", "us-east-1");
  static final Source TRAIL = new Source("ct", SourceKind.CLOUDTRAIL, "CloudTrail", "trail");

  static final Credential OLD_KEY =
      key("key-1", "trainer", CredentialKind.ACCESS_KEY, ago(400), null, ago(31));
  static final Credential NEW_KEY =
      key("key-2", "trainer", CredentialKind.ACCESS_KEY, ago(30), null, hoursAgo(5));
  static final Credential SESSION =
      new Credential(
          "session-1",
          AWS.id(),
          "trainer",
          CredentialKind.SESSION,
          "ASIAEXAMPLESESSION1",
          "",
          CredentialStatus.EXPIRED,
          hoursAgo(8),
          hoursAgo(7),
          null,
          null,
          List.of());

  private IncidentEstate() {}

  static Instant ago(int days) {
    return NOW.minus(Duration.ofDays(days));
  }

  static Instant hoursAgo(int hours) {
    return NOW.minus(Duration.ofHours(hours));
  }

  static Identity trainer() {
    return new Identity(
        "trainer",
        AWS.id(),
        "arn:aws:iam::111122223333:user/trainer",
        IdentityKind.AGENT,
        "trainer",
        null,
        IdentityStatus.ENABLED,
        ago(500),
        null,
        "test",
        Map.of());
  }

  static Credential key(
      String id,
      String holder,
      CredentialKind kind,
      Instant created,
      @Nullable Instant expires,
      @Nullable Instant lastUsed) {
    return new Credential(
        id,
        AWS.id(),
        holder,
        kind,
        "AKIA" + id.toUpperCase(java.util.Locale.ROOT),
        holder + " " + id,
        CredentialStatus.ACTIVE,
        created,
        expires,
        lastUsed,
        null,
        List.of());
  }

  static Alert alert(
      String id, Instant at, @Nullable String identity, @Nullable String credential) {
    return new Alert(
        id,
        FEED.id(),
        id,
        at,
        Severity.HIGH,
        "UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS",
        "Credentials used outside AWS (" + id + ")",
        identity,
        credential,
        AlertStatus.OPEN,
        "{}");
  }

  static AccessEvent event(String id, Instant at, @Nullable String identity, String credential) {
    return new AccessEvent(
        id,
        TRAIL.id(),
        at,
        AccessEventType.ACCESS_ALLOWED,
        identity,
        credential,
        "s3:GetObject",
        "training-data",
        "203.0.113.7",
        "us-east-1");
  }

  static Cache create(Path file) throws SQLException {
    Cache cache = Cache.open(file, CLOCK);
    try (SyncSession s = cache.beginSync(AWS)) {
      s.add(trainer());
      s.add(
          new Identity(
              "other",
              AWS.id(),
              "arn:aws:iam::111122223333:user/other",
              IdentityKind.AGENT,
              "other",
              null,
              IdentityStatus.ENABLED,
              null,
              null,
              "test",
              Map.of()));
      s.add(OLD_KEY);
      s.add(NEW_KEY);
      s.add(SESSION);
      s.add(key("other-key", "other", CredentialKind.ACCESS_KEY, ago(2), null, null));
      s.complete();
    }
    try (SyncSession s = cache.beginSync(FEED)) {
      s.add(alert("gd-session", hoursAgo(6), null, "session-1"));
      s.add(alert("gd-identity", hoursAgo(3), "trainer", null));
      s.add(alert("gd-other", hoursAgo(2), "other", null));
      s.complete();
    }
    try (SyncSession s = cache.beginSync(TRAIL)) {
      s.add(event("ev-1", hoursAgo(7).plusSeconds(600), null, "session-1"));
      s.add(event("ev-2", hoursAgo(4), "trainer", "key-2"));
      s.add(event("ev-other", hoursAgo(4), "other", "other-key"));
      s.complete();
    }
    cache.revocationLog().append(revocation("rev-1", hoursAgo(1), "key-2"));
    cache.revocationLog().append(revocation("rev-other", hoursAgo(1), "other-key"));
    return cache;
  }

  private static Revocation revocation(String id, Instant at, String target) {
    return new Revocation(
        id,
        at,
        "analyst",
        RevocationAction.DISABLE_CREDENTIAL,
        target,
        AWS.id(),
        RevocationOutcome.DONE,
        "deactivate the key",
        "UpdateAccessKey Inactive",
        "key is Inactive",
        null,
        null);
  }
}
