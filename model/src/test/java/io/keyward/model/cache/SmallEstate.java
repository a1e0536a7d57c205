package io.keyward.model.cache;

import io.keyward.model.domain.Alert;
import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Severity;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A hand-built estate with known answers, and factories for its parts. */
final class SmallEstate {
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final Source AWS = new Source("aws", SourceKind.AWS_IAM, "AWS prod", "111122223333");
  static final Source FEED = new Source("ocsf", SourceKind.OCSF, "OCSF feed", "/tmp/f.json");

  private SmallEstate() {}

  static Identity identity(
      String id, IdentityKind kind, @Nullable String owner, int ageDays, IdentityStatus status) {
    return new Identity(
        id,
        AWS.id(),
        "ext-" + id,
        kind,
        id,
        null,
        status,
        daysAgo(ageDays),
        owner,
        "test",
        Map.of("team", "ml"));
  }

  static Credential key(String id, String holder, int ageDays, @Nullable Integer ttlMinutes) {
    Instant created = daysAgo(ageDays);
    return new Credential(
        id,
        AWS.id(),
        holder,
        CredentialKind.ACCESS_KEY,
        "AKIA" + id,
        id,
        CredentialStatus.ACTIVE,
        created,
        ttlMinutes == null ? null : created.plus(Duration.ofMinutes(ttlMinutes)),
        null,
        null,
        List.of());
  }

  static Grant grant(
      String id,
      String principal,
      String permission,
      String resource,
      Privilege privilege,
      @Nullable Integer usedDaysAgo) {
    return new Grant(
        id,
        AWS.id(),
        principal,
        permission,
        resource,
        privilege,
        GrantOrigin.DIRECT,
        null,
        null,
        usedDaysAgo == null ? null : daysAgo(usedDaysAgo));
  }

  static Instant daysAgo(int days) {
    return NOW.minus(Duration.ofDays(days));
  }

  /**
   * alice (human) owns agent-a; agent-b has no owner; bob is disabled. agent-a holds an old static
   * key and a one-hour key; agent-b holds an admin wildcard grant never used.
   */
  static void load(Cache cache) {
    try (SyncSession s = cache.beginSync(AWS)) {
      addAws(s);
      s.complete();
    }
    try (SyncSession s = cache.beginSync(FEED)) {
      s.add(alert("al-1", "agent-a", null, Severity.HIGH, AlertStatus.OPEN));
      s.add(alert("al-2", null, "old-key", Severity.CRITICAL, AlertStatus.OPEN));
      s.add(alert("al-3", null, null, Severity.LOW, AlertStatus.CLOSED));
      s.complete();
    }
  }

  /** Everything the AWS source holds in this estate, into an open run of it. */
  static void addAws(SyncSession s) {
    s.add(identity("alice", IdentityKind.HUMAN, null, 400, IdentityStatus.ENABLED));
    s.add(identity("bob", IdentityKind.HUMAN, null, 10, IdentityStatus.DISABLED));
    s.add(identity("agent-a", IdentityKind.AGENT, "alice", 200, IdentityStatus.ENABLED));
    s.add(identity("agent-b", IdentityKind.AGENT, null, 5, IdentityStatus.ENABLED));
    s.add(identity("role-x", IdentityKind.ROLE, null, 300, IdentityStatus.ENABLED));
    s.add(key("old-key", "agent-a", 120, null));
    s.add(key("short-key", "agent-a", 1, 60));
    s.add(grant("g1", "agent-a", "s3:GetObject", "lake", Privilege.READ, 2));
    s.add(grant("g2", "agent-b", "*", "*", Privilege.ADMIN, null));
    s.add(grant("g3", "role-x", "s3:PutObject", "lake", Privilege.WRITE, 200));
    s.add(
        new Delegation(
            "d1",
            AWS.id(),
            "alice",
            "agent-a",
            DelegationKind.ON_BEHALF_OF,
            List.of("datasets:read"),
            null,
            null));
    s.add(
        new Delegation(
            "d2",
            AWS.id(),
            "agent-a",
            "role-x",
            DelegationKind.ASSUME_ROLE,
            List.of(),
            null,
            null));
  }

  static Alert alert(
      String id,
      @Nullable String identity,
      @Nullable String credential,
      Severity severity,
      AlertStatus status) {
    return new Alert(
        id,
        FEED.id(),
        "kw-" + id,
        daysAgo(1),
        severity,
        "Discovery:IAMUser/AnomalousBehavior",
        "Alert " + id,
        identity,
        credential,
        status,
        "{}");
  }
}
