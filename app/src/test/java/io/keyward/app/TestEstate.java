package io.keyward.app;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.SyncSession;
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
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small hand-built estate with known answers for the app's tests: humans in Entra, agents and
 * service accounts in AWS, an alert feed, and one planted example of each overview problem.
 *
 * <ul>
 *   <li>identities: 5 humans, 5 agents (2 without owner: triage-agent, invoice-agent), 2 service
 *       accounts, 1 role, plus {@code fillerAgents} owned agents named {@code fleet-agent-NNN}
 *   <li>stale keys: ci-deployer-key (400 d) and trainer-key (200 d); nothing else qualifies
 *   <li>admin grants held by agents: triage-agent's {@code *} on {@code *}
 *   <li>open alerts: 2 (one unmatched), plus 1 closed
 * </ul>
 */
public final class TestEstate {
  public static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  public static final Source ENTRA =
      new Source("entra", SourceKind.ENTRA_ID, "Contoso Entra", "tenant 4f1c2e7a");
  public static final Source AWS =
      new Source("aws-prod", SourceKind.AWS_IAM, "AWS production", "111122223333");
  public static final Source FEED =
      new Source("guardduty", SourceKind.GUARDDUTY, "GuardDuty us-east-1", "us-east-1");

  public static final int HUMANS = 5;
  public static final int NAMED_NON_HUMANS = 8;

  private TestEstate() {}

  /** Opens a new cache at {@code file} on the fixed clock and loads the estate. */
  public static Cache create(Path file, int fillerAgents) {
    Cache cache = Cache.open(file, CLOCK);
    load(cache, fillerAgents);
    return cache;
  }

  public static void load(Cache cache, int fillerAgents) {
    try (SyncSession s = cache.beginSync(ENTRA)) {
      for (String name :
          List.of("alice.nguyen", "bob.smith", "carol.diaz", "dan.okafor", "erin.li")) {
        s.add(human(name));
      }
      s.complete();
    }
    try (SyncSession s = cache.beginSync(AWS)) {
      s.add(nonHuman("triage-agent", IdentityKind.AGENT, null, 40));
      s.add(nonHuman("invoice-agent", IdentityKind.AGENT, null, 12));
      s.add(nonHuman("code-review-agent", IdentityKind.AGENT, "alice.nguyen", 120));
      s.add(nonHuman("research-agent", IdentityKind.AGENT, "carol.diaz", 300));
      s.add(nonHuman("labeler-agent", IdentityKind.AGENT, "dan.okafor", 60));
      s.add(nonHuman("ci-deployer", IdentityKind.SERVICE_ACCOUNT, "bob.smith", 800));
      s.add(nonHuman("trainer", IdentityKind.SERVICE_ACCOUNT, "erin.li", 500));
      s.add(nonHuman("DataScienceAdmin", IdentityKind.ROLE, null, 900));
      for (int i = 0; i < fillerAgents; i++) {
        s.add(
            nonHuman(String.format("fleet-agent-%03d", i), IdentityKind.AGENT, "erin.li", i % 365));
      }
      s.add(key("ci-deployer-key", "ci-deployer", 400, null));
      s.add(key("trainer-key", "trainer", 200, null));
      s.add(key("review-token", "code-review-agent", 30, null));
      s.add(key("triage-session", "triage-agent", 1, 60));
      s.add(grant("g-admin", "triage-agent", "*", "*", Privilege.ADMIN, null));
      s.add(
          grant(
              "g-read",
              "research-agent",
              "s3:GetObject",
              "arn:aws:s3:::lake/*",
              Privilege.READ,
              2));
      s.add(
          grant("g-write", "trainer", "s3:PutObject", "arn:aws:s3:::models", Privilege.WRITE, 150));
      s.add(grant("g-role", "DataScienceAdmin", "iam:*", "*", Privilege.ADMIN, 10));
      s.add(delegation("d-obo", "alice.nguyen", "code-review-agent", DelegationKind.ON_BEHALF_OF));
      s.add(
          delegation(
              "d-assume", "code-review-agent", "DataScienceAdmin", DelegationKind.ASSUME_ROLE));
      s.complete();
    }
    try (SyncSession s = cache.beginSync(FEED)) {
      s.add(alert("al-1", "triage-agent", Severity.HIGH, AlertStatus.OPEN, "Unusual API calls"));
      s.add(alert("al-2", null, Severity.CRITICAL, AlertStatus.OPEN, "Key used from Tor exit"));
      s.add(alert("al-3", "trainer", Severity.LOW, AlertStatus.CLOSED, "New region"));
      s.complete();
    }
  }

  private static Identity human(String name) {
    return new Identity(
        name,
        ENTRA.id(),
        name + "@contoso.example",
        IdentityKind.HUMAN,
        name,
        name + "@contoso.example",
        IdentityStatus.ENABLED,
        daysAgo(1000),
        null,
        "Entra member user",
        Map.of("department", "ML"));
  }

  private static Identity nonHuman(
      String name, IdentityKind kind, @Nullable String owner, int ageDays) {
    return new Identity(
        name,
        AWS.id(),
        "arn:aws:iam::111122223333:" + name,
        kind,
        name,
        null,
        IdentityStatus.ENABLED,
        daysAgo(ageDays),
        owner,
        kind == IdentityKind.AGENT ? "tag keyward:kind=agent" : "IAM " + kind.name().toLowerCase(),
        Map.of("team", "ml-platform"));
  }

  private static Credential key(
      String id, String holder, int ageDays, @Nullable Integer ttlMinutes) {
    Instant created = daysAgo(ageDays);
    return new Credential(
        id,
        AWS.id(),
        holder,
        CredentialKind.ACCESS_KEY,
        "AKIA" + id.toUpperCase().replace("-", ""),
        id,
        CredentialStatus.ACTIVE,
        created,
        ttlMinutes == null ? null : created.plus(Duration.ofMinutes(ttlMinutes)),
        daysAgo(1),
        null,
        List.of());
  }

  private static Grant grant(
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

  private static Delegation delegation(String id, String from, String to, DelegationKind kind) {
    return new Delegation(id, AWS.id(), from, to, kind, List.of("datasets:read"), null, null);
  }

  private static Alert alert(
      String id, @Nullable String identity, Severity severity, AlertStatus status, String title) {
    return new Alert(
        id,
        FEED.id(),
        "gd-" + id,
        daysAgo(1),
        severity,
        "UnauthorizedAccess:IAMUser/AnomalousBehavior",
        title,
        identity,
        null,
        status,
        "{}");
  }

  private static Instant daysAgo(int days) {
    return NOW.minus(Duration.ofDays(days));
  }
}
