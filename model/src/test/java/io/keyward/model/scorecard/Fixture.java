package io.keyward.model.scorecard;

import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.AccessEventType;
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
import io.keyward.model.domain.Issuance;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import io.keyward.model.domain.Revocation;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import io.keyward.model.domain.RunState;
import io.keyward.model.domain.Severity;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import io.keyward.model.domain.SyncRun;
import io.keyward.model.domain.SyncStatus;
import io.keyward.model.policy.AgentPolicy;
import io.keyward.model.policy.PolicyDocuments;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Builds the small estates the criterion tests reason about, one item per line. */
final class Fixture {
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  static final Source AWS = new Source("aws", SourceKind.AWS_IAM, "AWS", "111122223333");
  static final Source ENTRA = new Source("entra", SourceKind.ENTRA_ID, "Entra", "tenant");
  static final Source FEED = new Source("ocsf", SourceKind.OCSF, "SOC", "/f.json");
  static final Source CAEP = new Source("caep", SourceKind.CAEP, "CAEP", "https://rx");
  static final Source TRAIL = new Source("trail", SourceKind.CLOUDTRAIL, "Trail", "org");
  static final Source MLFLOW = new Source("mlflow", SourceKind.MLFLOW, "MLflow", "https://ml");

  private final Estate.Builder b = Estate.builder(NOW);

  /** An estate with {@code sources} connected and nothing in it yet. */
  static Fixture with(Source... sources) {
    Fixture fixture = new Fixture();
    Arrays.stream(sources).forEach(fixture.b::source);
    return fixture;
  }

  /** The kinds of source with a revoker, as the app tells the scorecard. */
  Fixture revocable(SourceKind... kinds) {
    b.revocableKinds(Set.of(kinds));
    return this;
  }

  Estate build() {
    return b.build();
  }

  Finding evaluate(Criterion criterion) {
    return criterion.evaluate(build(), Thresholds.DEFAULTS);
  }

  Fixture human(String id, String... tags) {
    return identity(id, IdentityKind.HUMAN, null, IdentityStatus.ENABLED, tags);
  }

  Fixture disabledHuman(String id) {
    return identity(id, IdentityKind.HUMAN, null, IdentityStatus.DISABLED);
  }

  Fixture agent(String id, @Nullable String owner) {
    return identity(id, IdentityKind.AGENT, owner, IdentityStatus.ENABLED);
  }

  Fixture serviceAccount(String id, @Nullable String owner) {
    return identity(id, IdentityKind.SERVICE_ACCOUNT, owner, IdentityStatus.ENABLED);
  }

  Fixture role(String id) {
    return identity(id, IdentityKind.ROLE, null, IdentityStatus.ENABLED);
  }

  Fixture identity(
      String id, IdentityKind kind, @Nullable String owner, IdentityStatus status, String... tags) {
    Map<String, String> tagMap = new HashMap<>();
    for (int i = 0; i + 1 < tags.length; i += 2) {
      tagMap.put(tags[i], tags[i + 1]);
    }
    b.add(
        new Identity(
            id, AWS.id(), "ext-" + id, kind, id, null, status, daysAgo(30), owner, "test", tagMap));
    return this;
  }

  /** A static key of {@code ageDays}. */
  Fixture staticKey(String id, String holder, int ageDays) {
    return credential(id, holder, daysAgo(ageDays), null, null);
  }

  /** A credential issued a minute ago that lives {@code ttlMinutes}. */
  Fixture token(String id, String holder, int ttlMinutes) {
    Instant created = NOW.minus(Duration.ofMinutes(1));
    return credential(id, holder, created, created.plus(Duration.ofMinutes(ttlMinutes)), null);
  }

  Fixture fingerprinted(String id, String holder, String fingerprint) {
    return credential(id, holder, daysAgo(10), null, fingerprint);
  }

  Fixture credential(
      String id,
      String holder,
      @Nullable Instant created,
      @Nullable Instant expires,
      @Nullable String fingerprint) {
    b.add(
        new Credential(
            id,
            AWS.id(),
            holder,
            CredentialKind.ACCESS_KEY,
            "AKIA" + id,
            id,
            CredentialStatus.ACTIVE,
            created,
            expires,
            null,
            fingerprint,
            List.of()));
    return this;
  }

  Fixture grant(String id, String principal, String permission, String resource, Privilege p) {
    return grant(id, principal, permission, resource, p, 1, null);
  }

  Fixture grant(
      String id,
      String principal,
      String permission,
      String resource,
      Privilege privilege,
      @Nullable Integer lastUsedDaysAgo,
      @Nullable String condition) {
    b.add(
        new Grant(
            id,
            AWS.id(),
            principal,
            permission,
            resource,
            privilege,
            GrantOrigin.DIRECT,
            null,
            condition,
            lastUsedDaysAgo == null ? null : daysAgo(lastUsedDaysAgo)));
    return this;
  }

  Fixture delegation(String id, String from, String to, DelegationKind kind, String... scope) {
    b.add(new Delegation(id, AWS.id(), from, to, kind, List.of(scope), null, null));
    return this;
  }

  Fixture alert(
      String id,
      Source feed,
      int minutesAgo,
      Severity severity,
      @Nullable String identity,
      AlertStatus status) {
    b.add(
        new Alert(
            id,
            feed.id(),
            "x-" + id,
            minutesAgo(minutesAgo),
            severity,
            "type",
            "title " + id,
            identity,
            null,
            status,
            "{}"));
    return this;
  }

  Fixture event(
      String id,
      Source log,
      int minutesAgo,
      AccessEventType type,
      @Nullable String identity,
      @Nullable String resource,
      @Nullable String region) {
    b.add(
        new AccessEvent(
            id,
            log.id(),
            minutesAgo(minutesAgo),
            type,
            identity,
            null,
            "act",
            resource,
            null,
            region));
    return this;
  }

  Fixture revocation(String id, String target, int minutesAgo, RevocationOutcome outcome) {
    return revocation(id, target, minutesAgo, outcome, null);
  }

  /** A revocation in the audit trail; {@code alert} is the alert that led to it, if any. */
  Fixture revocation(
      String id, String target, int minutesAgo, RevocationOutcome outcome, @Nullable String alert) {
    b.revocation(
        new Revocation(
            id,
            minutesAgo(minutesAgo),
            "analyst",
            RevocationAction.DISABLE_IDENTITY,
            target,
            AWS.id(),
            outcome,
            "preflight",
            "result",
            "verified",
            alert,
            null));
    return this;
  }

  Fixture resource(String id, ResourceKind kind, boolean sensitive) {
    b.add(new Resource(id, MLFLOW.id(), "ext-" + id, kind, id, null, sensitive));
    return this;
  }

  Fixture run(String id, @Nullable String identity, String... outputs) {
    b.add(
        new LineageRecord(
            id,
            MLFLOW.id(),
            "run-" + id,
            "train",
            identity,
            RunState.COMPLETED,
            daysAgo(2),
            daysAgo(1),
            List.of(),
            List.of(outputs),
            null));
    return this;
  }

  Fixture synced(Source source, int hoursAgo) {
    Instant finished = NOW.minus(Duration.ofHours(hoursAgo));
    b.syncRun(
        new SyncRun(
            1, source.id(), finished.minusSeconds(60), finished, SyncStatus.COMPLETED, 1, 0, null));
    return this;
  }

  Fixture policy(String json) {
    PolicyDocuments.parse(json, "test policy").forEach(b::policy);
    return this;
  }

  Fixture policy(AgentPolicy policy) {
    b.policy(policy);
    return this;
  }

  static Instant daysAgo(int days) {
    return NOW.minus(Duration.ofDays(days));
  }

  static Instant minutesAgo(int minutes) {
    return NOW.minus(Duration.ofMinutes(minutes));
  }

  /**
   * A session of {@code ttlMinutes} a log showed issued {@code minutesAgo} to {@code caller} as
   * {@code role}, with key {@code AKIA<id>} (the key of a credential {@code id}, if one is added).
   */
  Fixture issued(String id, String caller, @Nullable String role, int minutesAgo, int ttlMinutes) {
    b.add(
        new AccessEvent(
            id,
            TRAIL.id(),
            minutesAgo(minutesAgo),
            AccessEventType.CREDENTIAL_ISSUED,
            caller,
            null,
            "sts:AssumeRole",
            null,
            null,
            null,
            null,
            new Issuance(
                "sts.amazonaws.com",
                caller,
                role,
                id,
                Duration.ofMinutes(ttlMinutes),
                null,
                "AKIA" + id)));
    return this;
  }
}
