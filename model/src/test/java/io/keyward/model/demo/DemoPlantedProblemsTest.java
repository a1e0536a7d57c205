package io.keyward.model.demo;

import static io.keyward.model.demo.AwsAccountStory.DEPLOY_AGENT;
import static io.keyward.model.demo.AwsAccountStory.PRICING_AGENT;
import static io.keyward.model.demo.EntraTenantStory.ALICE;
import static io.keyward.model.demo.EntraTenantStory.RESEARCH_AGENT;
import static io.keyward.model.demo.EntraTenantStory.RESEARCH_SUMMARIZER;
import static io.keyward.model.demo.GcpProjectStory.LABELING_AGENT;
import static io.keyward.model.demo.KeycloakRealmStory.BILLING_AGENT;
import static io.keyward.model.demo.KeycloakRealmStory.SUPPORT_AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One test per planted problem of docs/demo-estate.md, on the items that carry it. */
class DemoPlantedProblemsTest {
  private static final Instant NOW = CollectedEstate.AS_OF;
  private final CollectedEstate estate = CollectedEstate.demo(99);

  @Test
  void agentRunsUnderAHumanAccount() {
    Identity marco = estate.identity(HuggingFaceOrgStory.MARCO);
    assertThat(marco.kind()).isEqualTo(IdentityKind.HUMAN);
    assertThat(marco.tags()).containsEntry("automation", "agent-runner");
    assertThat(estate.credentialsOf(marco.id()))
        .singleElement()
        .satisfies(token -> assertThat(token.kind()).isEqualTo(CredentialKind.API_TOKEN));
    assertThat(estate.events)
        .filteredOn(e -> HuggingFaceOrgStory.MARCO_TOKEN.equals(e.credentialId()))
        .hasSizeGreaterThanOrEqualTo(6)
        .allMatch(e -> e.action().contains("ci"));
  }

  @Test
  void twoAgentsShareOneCredential() {
    Credential support = estate.credentialsOf(SUPPORT_AGENT).get(0);
    Credential billing = estate.credentialsOf(BILLING_AGENT).get(0);
    assertThat(support.fingerprint()).isNotNull().isEqualTo(billing.fingerprint());
    assertThat(List.of(SUPPORT_AGENT, BILLING_AGENT))
        .allMatch(id -> estate.identity(id).kind() == IdentityKind.AGENT);
  }

  @Test
  void agentsWithoutOwnerAndWithADisabledOwner() {
    assertThat(List.of(DEPLOY_AGENT, LABELING_AGENT))
        .map(estate::identity)
        .allMatch(a -> a.kind() == IdentityKind.AGENT && a.ownerId() == null);
    Identity pricing = estate.identity(PRICING_AGENT);
    assertThat(estate.identity(pricing.ownerId()).status()).isEqualTo(IdentityStatus.DISABLED);
  }

  @Test
  void agentsHoldGrantsWithoutAnyRecordedDelegation() {
    for (String agent : List.of(DEPLOY_AGENT, PRICING_AGENT, LABELING_AGENT, BILLING_AGENT)) {
      assertThat(estate.grantsOf(agent)).as(agent).isNotEmpty();
      assertThat(estate.delegationsTo(agent)).as(agent).isEmpty();
    }
  }

  @Test
  void staticAgentKeysOlderThanNinetyDays() {
    List<Credential> stale =
        estate.credentials.stream()
            .filter(c -> agent(c.identityId()) && c.isStatic() && c.active())
            .filter(c -> c.age(NOW).orElseThrow().toDays() > 90)
            .toList();
    assertThat(stale.stream().map(Credential::identityId))
        .contains(DEPLOY_AGENT, PRICING_AGENT, GcpProjectStory.EVAL_AGENT);
  }

  @Test
  void mostAgentCredentialsAreLongLivedAndAFewShortLived() {
    List<Credential> storyAgentCredentials =
        estate.credentials.stream()
            .filter(c -> agent(c.identityId()) && !c.identityId().matches(".*-\\d+$"))
            .toList();
    assertThat(storyAgentCredentials)
        .filteredOn(
            c -> c.lifetime().filter(t -> t.compareTo(Duration.ofMinutes(60)) <= 0).isPresent())
        .extracting(Credential::identityId)
        .contains(AwsAccountStory.FORECAST_AGENT, SUPPORT_AGENT);
    assertThat(storyAgentCredentials)
        .filteredOn(c -> c.isStatic() || c.lifetime().orElseThrow().toDays() >= 365)
        .hasSizeGreaterThan(3);
  }

  @Test
  void agentsHoldWildcardAndAdminGrants() {
    assertThat(estate.grantsOf(DEPLOY_AGENT))
        .anyMatch(g -> g.privilege() == Privilege.ADMIN && g.isWildcard());
    assertThat(estate.grantsOf(PRICING_AGENT)).anyMatch(Grant::isWildcard);
    assertThat(estate.grantsOf(BILLING_AGENT)).anyMatch(g -> g.privilege() == Privilege.ADMIN);
  }

  @Test
  void grantsUnusedOrUnusedForNinetyDays() {
    assertThat(estate.grantsOf(EntraTenantStory.MEETING_NOTES_AGENT))
        .anyMatch(g -> g.permission().equals("Mail.Send") && g.lastUsedAt() == null);
    assertThat(estate.grantsOf(PRICING_AGENT))
        .anyMatch(g -> g.lastUsedAt().isBefore(NOW.minus(Duration.ofDays(90))));
  }

  @Test
  void aDelegationHopWidensScope() {
    Delegation first = hop(ALICE, RESEARCH_AGENT);
    Delegation second = hop(RESEARCH_AGENT, RESEARCH_SUMMARIZER);
    Delegation toRole = hop(RESEARCH_SUMMARIZER, AwsAccountStory.DATA_LAKE_READER);

    assertThat(first.scope()).containsExactly("datasets:read");
    assertThat(second.scope()).containsAll(first.scope()).contains("datasets:write");
    assertThat(toRole.kind()).isEqualTo(DelegationKind.ASSUME_ROLE);
    assertThat(estate.identity(ALICE).kind()).isEqualTo(IdentityKind.HUMAN);
    assertThat(estate.identity(AwsAccountStory.DATA_LAKE_READER).kind())
        .isEqualTo(IdentityKind.ROLE);
  }

  @Test
  void sensitiveGrantsWithAndWithoutConditions() {
    Set<String> sensitive =
        estate.resources.stream()
            .filter(Resource::sensitive)
            .map(Resource::id)
            .collect(Collectors.toSet());
    List<Grant> onSensitive =
        estate.grants.stream().filter(g -> sensitive.contains(g.resource())).toList();
    assertThat(onSensitive)
        .filteredOn(g -> g.condition() == null)
        .extracting(Grant::principalId)
        .contains(LABELING_AGENT, RESEARCH_SUMMARIZER, AwsAccountStory.CI_BOT);
    assertThat(onSensitive)
        .filteredOn(g -> g.condition() != null)
        .extracting(Grant::principalId)
        .contains(GcpProjectStory.TRAINER, EntraTenantStory.TRIAGE_AGENT);
  }

  @Test
  void modelVersionsWhoseProducingRunHasNoIdentity() {
    String churn = MlflowServerStory.CHURN_PREDICTOR;
    assertThat(estate.lineage)
        .filteredOn(l -> l.identityId() == null)
        .flatExtracting(LineageRecord::outputIds)
        .containsExactlyInAnyOrder(churn + "/2", churn + "/3");
    assertThat(estate.lineage)
        .filteredOn(l -> l.outputIds().contains(MlflowServerStory.FRAUD_SCORER + "/8"))
        .extracting(LineageRecord::identityId)
        .containsExactly(GcpProjectStory.TRAINER);
  }

  @Test
  void oneAlertFeedIsStaleAndOneIsCurrent() {
    assertThat(newestAlert(DemoSources.LEGACY_SIEM))
        .isBeforeOrEqualTo(NOW.minus(Duration.ofDays(OcsfFeedStory.STALE_FEED_NEWEST_DAYS)));
    assertThat(newestAlert(DemoSources.SOC_FINDINGS)).isAfter(NOW.minus(Duration.ofHours(1)));
  }

  @Test
  void everyFeedHasMatchedAndUnmatchedAlerts() {
    for (Source feed :
        List.of(
            DemoSources.SOC_FINDINGS,
            DemoSources.LEGACY_SIEM,
            DemoSources.GUARDDUTY,
            DemoSources.CAEP)) {
      assertThat(alertsOf(feed)).as(feed.id()).anyMatch(Alert::matched).anyMatch(a -> !a.matched());
    }
  }

  @Test
  void humansOperateAgentsWithoutFido2() {
    assertThat(estate.identity(EntraTenantStory.BOB).tags()).containsEntry("mfa", "totp");
    assertThat(hop(EntraTenantStory.BOB, AwsAccountStory.FORECAST_AGENT)).isNotNull();
    assertThat(estate.identity(EntraTenantStory.ERIN).tags()).containsEntry("mfa", "none");
    assertThat(hop(EntraTenantStory.ERIN, EntraTenantStory.MEETING_NOTES_AGENT).kind())
        .isEqualTo(DelegationKind.OAUTH_CONSENT);
    assertThat(estate.identity(ALICE).tags()).containsEntry("mfa", "fido2");
  }

  @Test
  void gcpActivityIsNotLoggedAnywhere() {
    assertThat(estate.events).noneMatch(e -> e.sourceId().equals(DemoSources.GCP.id()));
    assertThat(estate.events)
        .noneMatch(e -> e.identityId() != null && e.identityId().startsWith("gcp:"));
    assertThat(estate.alerts)
        .noneMatch(a -> a.identityId() != null && a.identityId().startsWith("gcp:"));
  }

  @Test
  void alertsAreAnsweredByRevocationsWithinMinutes() {
    Alert exfiltration =
        alertsOf(DemoSources.GUARDDUTY).stream()
            .filter(a -> AwsAccountStory.TRAINING_SESSION.equals(a.credentialId()))
            .findFirst()
            .orElseThrow();
    assertThat(estate.events)
        .filteredOn(e -> e.type() == AccessEventType.CHANGE)
        .filteredOn(e -> e.action().contains("AWSRevokeOlderSessions"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(Duration.between(exfiltration.time(), e.time()))
                    .isEqualTo(Duration.ofMinutes(GuardDutyStory.REVOKED_AFTER_MINUTES)));
    assertThat(alertsOf(DemoSources.CAEP))
        .anyMatch(a -> a.type().endsWith("session-revoked") && a.status() == AlertStatus.CLOSED);
  }

  @Test
  void everyOverviewProblemHasItems() {
    assertThat(estate.credentials)
        .anyMatch(
            c ->
                estate.identity(c.identityId()).kind().isNonHuman()
                    && c.active()
                    && c.isStatic()
                    && c.age(NOW).orElseThrow().toDays() >= 90);
    assertThat(estate.identities)
        .anyMatch(i -> i.kind() == IdentityKind.AGENT && i.ownerId() == null);
    assertThat(estate.grants)
        .anyMatch(g -> agent(g.principalId()) && g.privilege() == Privilege.ADMIN);
    assertThat(estate.alerts).anyMatch(a -> a.status() == AlertStatus.OPEN);
  }

  private boolean agent(String identityId) {
    return estate.identity(identityId).kind() == IdentityKind.AGENT;
  }

  private Delegation hop(String from, String to) {
    return estate.delegations.stream()
        .filter(d -> d.fromId().equals(from) && d.toId().equals(to))
        .findFirst()
        .orElseThrow();
  }

  private List<Alert> alertsOf(Source feed) {
    return estate.alerts.stream().filter(a -> a.sourceId().equals(feed.id())).toList();
  }

  private Instant newestAlert(Source feed) {
    return alertsOf(feed).stream().map(Alert::time).max(Instant::compareTo).orElseThrow();
  }
}
