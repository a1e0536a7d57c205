package io.keyward.model.usage;

import static io.keyward.model.domain.AccessEventType.ACCESS_ALLOWED;
import static io.keyward.model.domain.AccessEventType.ACCESS_DENIED;
import static io.keyward.model.domain.AccessEventType.SIGN_IN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class UsageAnalysisTest {
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  final List<Identity> identities = new ArrayList<>();
  final List<Grant> grants = new ArrayList<>();
  final List<Delegation> delegations = new ArrayList<>();
  final List<AccessEvent> events = new ArrayList<>();
  final List<Resource> resources = new ArrayList<>();

  UsageAnalysisTest identity(String id, String source, IdentityKind kind) {
    identities.add(
        new Identity(
            id,
            source,
            "x-" + id,
            kind,
            id,
            null,
            IdentityStatus.ENABLED,
            NOW.minus(Duration.ofDays(900)),
            null,
            "test",
            Map.of()));
    return this;
  }

  UsageAnalysisTest grant(
      String id, String principal, String permission, String resource, @Nullable Integer usedAgo) {
    String source =
        identities.stream()
            .filter(i -> i.id().equals(principal))
            .findFirst()
            .orElseThrow()
            .sourceId();
    grants.add(
        new Grant(
            id,
            source,
            principal,
            permission,
            resource,
            Privilege.READ,
            GrantOrigin.DIRECT,
            null,
            null,
            usedAgo == null ? null : NOW.minus(Duration.ofDays(usedAgo))));
    return this;
  }

  UsageAnalysisTest event(
      String id,
      String identity,
      AccessEventType type,
      String action,
      @Nullable String resource,
      int daysAgo) {
    events.add(
        new AccessEvent(
            id,
            "trail",
            NOW.minus(Duration.ofDays(daysAgo)),
            type,
            identity,
            null,
            action,
            resource,
            null,
            null));
    return this;
  }

  UsageAnalysis analysis() {
    return UsageAnalysis.of(NOW, 90, identities, grants, delegations, resources, events);
  }

  GrantUse use(String grantId) {
    return analysis().grants().stream()
        .filter(g -> g.grant().id().equals(grantId))
        .findFirst()
        .orElseThrow();
  }

  /** AWS-like: events reach back 120 days, so an unseen grant is unused. */
  UsageAnalysisTest aws() {
    return identity("agent", "aws", IdentityKind.AGENT)
        .identity("other", "aws", IdentityKind.AGENT)
        .event("first", "other", ACCESS_ALLOWED, "sqs:ReceiveMessage", null, 120);
  }

  @Test
  void anAllowedEventUnderTheGrantMakesItUsedWithTheEventAsEvidence() {
    aws()
        .grant("exact", "agent", "s3:GetObject", "arn:aws:s3:::lake/*", null)
        .grant("glob", "agent", "S3:*", "*", null)
        .grant("star", "agent", "*", "*", null)
        .event("e1", "agent", ACCESS_ALLOWED, "s3:GetObject", "arn:aws:s3:::lake/a.csv", 3);

    for (String id : List.of("exact", "glob", "star")) {
      GrantUse use = use(id);
      assertThat(use.status()).as(id).isEqualTo(UsageStatus.USED);
      assertThat(use.lastUse()).isEqualTo(LastUse.event(NOW.minus(Duration.ofDays(3)), "e1"));
      assertThat(use.evidence()).contains("event e1");
    }
  }

  @Test
  void otherActionsResourcesAndDeniedAttemptsDoNotExerciseIt() {
    aws()
        .grant("g", "agent", "s3:GetObject", "arn:aws:s3:::lake/*", null)
        .event("put", "agent", ACCESS_ALLOWED, "s3:PutObject", "arn:aws:s3:::lake/a", 1)
        .event("elsewhere", "agent", ACCESS_ALLOWED, "s3:GetObject", "arn:aws:s3:::other/a", 1)
        .event("denied", "agent", ACCESS_DENIED, "s3:GetObject", "arn:aws:s3:::lake/a", 1)
        .event("someone", "other", ACCESS_ALLOWED, "s3:GetObject", "arn:aws:s3:::lake/a", 1);

    GrantUse use = use("g");
    assertThat(use.status()).isEqualTo(UsageStatus.UNUSED);
    assertThat(use.lastUse()).isNull();
    assertThat(use.evidence()).isEqualTo("never seen in events since 2026-07-26 (120 days)");
  }

  @Test
  void anEventOlderThanTheWindowIsTheLastUseOfAnUnusedGrant() {
    aws()
        .grant("g", "agent", "s3:GetObject", "*", null)
        .event("old", "agent", ACCESS_ALLOWED, "s3:GetObject", null, 100);

    GrantUse use = use("g");
    assertThat(use.status()).isEqualTo(UsageStatus.UNUSED);
    assertThat(use.lastUse().eventId()).isEqualTo("old");
    assertThat(use.evidence()).isEqualTo("last used 2026-08-15 (100 days ago), event old");
    assertThat(analysis().unused()).extracting(g -> g.grant().id()).containsExactly("g");
  }

  @Test
  void theLaterOfTheSourcesReportAndTheEventsCounts() {
    aws()
        .grant("reported", "agent", "s3:GetObject", "*", 5)
        .grant("eventLater", "agent", "s3:ListBucket", "*", 200)
        .event("list", "agent", ACCESS_ALLOWED, "s3:ListBucket", null, 2);

    assertThat(use("reported").lastUse().basis()).isEqualTo(UseBasis.SOURCE_REPORTED);
    assertThat(use("reported").status()).isEqualTo(UsageStatus.USED);
    assertThat(use("eventLater").lastUse().eventId()).isEqualTo("list");
    assertThat(use("eventLater").status()).isEqualTo(UsageStatus.USED);
  }

  @Test
  void aPatternOnABucketCoversTheDatasetsInsideIt() {
    resources.add(
        new Resource("lake", "aws", "arn:aws:s3:::lake", ResourceKind.BUCKET, "lake", null, false));
    resources.add(
        new Resource(
            "s3://lake/tx", "aws", "s3://lake/tx", ResourceKind.DATASET, "tx", "lake", false));
    aws()
        .grant("g", "agent", "s3:GetObject", "arn:aws:s3:::lake/*", null)
        .event("e", "agent", ACCESS_ALLOWED, "s3:GetObject", "s3://lake/tx", 1);

    assertThat(use("g").status()).isEqualTo(UsageStatus.USED);
  }

  @Test
  void aMembersUseExercisesTheGroupsGrant() {
    aws()
        .identity("group", "aws", IdentityKind.GROUP)
        .grant("g", "group", "dynamodb:Query", "*", null)
        .event("q", "agent", ACCESS_ALLOWED, "dynamodb:Query", "table/x", 1);
    delegations.add(
        new Delegation(
            "m", "aws", "agent", "group", DelegationKind.GROUP_MEMBERSHIP, List.of(), null, null));

    assertThat(use("g").status()).isEqualTo(UsageStatus.USED);
    assertThat(use("g").lastUse().eventId()).isEqualTo("q");
  }

  @Test
  void aRoleGrantIsExercisedOnlyByAnEventNamingTheRole() {
    aws()
        .grant("role", "agent", "roles/bigquery.dataViewer", "*", null)
        .grant("named", "agent", "roles/storage.objectViewer", "*", null)
        .event("bq", "agent", ACCESS_ALLOWED, "bigquery.tables.getData", null, 1)
        .event("st", "agent", ACCESS_ALLOWED, "roles/storage.objectViewer", null, 1);

    assertThat(use("role").status()).isEqualTo(UsageStatus.UNUSED);
    assertThat(use("named").status()).isEqualTo(UsageStatus.USED);
  }

  @Test
  void unknownWhenNothingObservesTheSource() {
    identity("sa", "gcp", IdentityKind.SERVICE_ACCOUNT).grant("g", "sa", "roles/owner", "*", null);

    GrantUse use = use("g");
    assertThat(use.status()).isEqualTo(UsageStatus.UNKNOWN);
    assertThat(use.evidence())
        .isEqualTo("no allowed accesses logged for gcp and no last use reported");
  }

  @Test
  void unknownWhenTheEventsAreYoungerThanTheWindow() {
    identity("sa", "kc", IdentityKind.SERVICE_ACCOUNT)
        .grant("g", "sa", "tickets:read", "*", null)
        .event("info", "sa", ACCESS_ALLOWED, "USER_INFO_REQUEST", null, 10);

    GrantUse use = use("g");
    assertThat(use.status()).isEqualTo(UsageStatus.UNKNOWN);
    assertThat(use.evidence())
        .startsWith("allowed accesses logged only since 2026-11-13 (10 days)");
  }

  @Test
  void signInsAndTokensShowActivityNotUseSoTheyLeaveGrantsUnknown() {
    identity("sa", "kc", IdentityKind.SERVICE_ACCOUNT)
        .grant("g", "sa", "tickets:read", "*", null)
        .event("token", "sa", AccessEventType.CREDENTIAL_ISSUED, "CLIENT_LOGIN", null, 200)
        .event("login", "sa", SIGN_IN, "LOGIN", null, 150);

    assertThat(use("g").status()).isEqualTo(UsageStatus.UNKNOWN);
    assertThat(use("g").evidence())
        .isEqualTo("no allowed accesses logged for kc and no last use reported");
  }

  @Test
  void aSourceReportingLastUseMakesItsNeverUsedGrantsUnused() {
    identity("sa", "aws", IdentityKind.AGENT)
        .grant("used", "sa", "a:b", "*", 3)
        .grant("never", "sa", "a:c", "*", null);

    assertThat(use("never").status()).isEqualTo(UsageStatus.UNUSED);
    assertThat(use("never").evidence()).isEqualTo("never used, as its source reports");
  }

  @Test
  void usedVsGrantedListsTheHeldGrantsAndTheUnexplainedActions() {
    aws()
        .grant("read", "agent", "s3:GetObject", "*", null)
        .grant("idle", "agent", "sqs:SendMessage", "*", null)
        .event("r", "agent", ACCESS_ALLOWED, "s3:GetObject", "lake/a", 1)
        .event("d1", "agent", ACCESS_DENIED, "iam:CreateUser", "*", 3)
        .event("d2", "agent", ACCESS_DENIED, "iam:CreateUser", "*", 2)
        .event("x", "agent", ACCESS_ALLOWED, "kms:Decrypt", "key/1", 4)
        .event("s", "agent", SIGN_IN, "ConsoleLogin", null, 0);

    UsedVsGranted view = analysis().identity("agent");
    assertThat(view.held())
        .extracting(g -> g.grant().id(), GrantUse::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("read", UsageStatus.USED),
            org.assertj.core.groups.Tuple.tuple("idle", UsageStatus.UNUSED));
    assertThat(view.unexplained())
        .containsExactly(
            new SeenAction("iam:CreateUser", "*", true, 2, NOW.minus(Duration.ofDays(2)), "d2"),
            new SeenAction("kms:Decrypt", "key/1", false, 1, NOW.minus(Duration.ofDays(4)), "x"));
    assertThat(view.events()).isEqualTo(5);
    assertThat(view.lastActivity()).isEqualTo(NOW);
    assertThat(view.count(UsageStatus.UNUSED)).isEqualTo(1);
  }

  @Test
  void principalsRollUpTheirGrants() {
    aws()
        .grant("a", "agent", "s3:GetObject", "*", null)
        .grant("b", "agent", "s3:PutObject", "*", null)
        .event("r", "agent", ACCESS_ALLOWED, "s3:GetObject", null, 1);

    assertThat(analysis().principals())
        .containsExactly(
            new PrincipalUsage(
                "agent", 2, 1, 1, 0, LastUse.event(NOW.minus(Duration.ofDays(1)), "r")));
  }

  @Test
  void theWindowIsAtLeastOneDay() {
    assertThatThrownBy(
            () -> UsageAnalysis.of(NOW, 0, identities, grants, delegations, resources, events))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
