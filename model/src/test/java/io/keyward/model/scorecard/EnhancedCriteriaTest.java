package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Fixture.AWS;
import static io.keyward.model.scorecard.Fixture.CAEP;
import static io.keyward.model.scorecard.Fixture.FEED;
import static io.keyward.model.scorecard.Fixture.MLFLOW;
import static io.keyward.model.scorecard.Fixture.TRAIL;
import static io.keyward.model.scorecard.FoundationCriteriaTest.assertFails;
import static io.keyward.model.scorecard.FoundationCriteriaTest.assertPasses;
import static io.keyward.model.scorecard.FoundationCriteriaTest.assertUnknown;
import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.ResourceKind;
import io.keyward.model.domain.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each enhanced criterion on estates built to pass it, fail it, and leave it unknown. */
class EnhancedCriteriaTest {

  @Nested
  class ShortLivedCredentials {
    final Criterion criterion = new ShortLivedCredentialsCriterion();

    @Test
    void passesWhenMostAgentCredentialsLiveAnHourOrLess() {
      Finding f =
          Fixture.with(AWS)
              .agent("a", null)
              .token("t1", "a", 15)
              .token("t2", "a", 60)
              .staticKey("k1", "a", 3)
              .evaluate(criterion);
      assertPasses(f);
      assertThat(f.explanation()).startsWith("2 of 3 (67 %)");
    }

    @Test
    void failsWhenMostAreStaticOrLongLived() {
      Finding f =
          Fixture.with(AWS)
              .agent("a", null)
              .serviceAccount("sa", null)
              .token("t1", "a", 15)
              .token("t2", "a", 61)
              .staticKey("k1", "a", 3)
              .staticKey("k2", "sa", 3)
              .evaluate(criterion);
      assertFails(f, EvidenceKind.CREDENTIAL, "k1", "t2");
      assertThat(f.checked()).isEqualTo(3);
    }

    @Test
    void unknownWithoutAnIdentitySource() {
      assertUnknown(Fixture.with(FEED).evaluate(criterion));
    }

    @Test
    void countsTheSessionsLogsShowIssuedWithTheLifetimeTheyWereIssuedWith() {
      Finding f =
          Fixture.with(AWS, TRAIL)
              .agent("a", null)
              .agent("runner", null)
              .human("h")
              .staticKey("k1", "a", 3)
              .issued("s1", "a", "runner", 30, 15)
              .token("s1", "runner", 15)
              .issued("s2", "a", null, 20, 720)
              .issued("s3", "a", null, 10, 720)
              .issued("s4", "h", null, 10, 720)
              .evaluate(criterion);
      // k1 and the two 12-hour sessions are long-lived; s1 counts once, as issued; h is no agent.
      assertFails(f, EvidenceKind.CREDENTIAL, "k1");
      assertFails(f, EvidenceKind.IDENTITY, "a");
      assertThat(f.checked()).isEqualTo(4);
      assertThat(f.explanation())
          .startsWith("1 of 4 (25 %) agent credentials live at most 60 min")
          .contains("3 sessions issued as the logs show, 1 active credential as configured");
    }

    @Test
    void passesOnShortSessionsIssuedToAnAgentRole() {
      Finding f =
          Fixture.with(AWS, TRAIL)
              .agent("runner", null)
              .human("h")
              .issued("s1", "h", "runner", 30, 15)
              .issued("s2", "h", "runner", 20, 60)
              .evaluate(criterion);
      assertPasses(f);
      assertThat(f.checked()).isEqualTo(2);
    }
  }

  @Nested
  class NoStaleStaticKeys {
    final Criterion criterion = new NoStaleStaticKeysCriterion();

    @Test
    void passesWhenStaticKeysAreYoungerThanTheLimit() {
      Finding f =
          Fixture.with(AWS)
              .agent("a", null)
              .human("h")
              .staticKey("k1", "a", 90)
              .staticKey("old-human-key", "h", 400)
              .token("t", "a", 15)
              .evaluate(criterion);
      assertPasses(f);
      assertThat(f.checked()).isEqualTo(1);
    }

    @Test
    void failsOnANonHumanStaticKeyPastTheLimit() {
      Finding f =
          Fixture.with(AWS)
              .agent("a", null)
              .serviceAccount("ci", null)
              .staticKey("k1", "a", 91)
              .staticKey("k2", "ci", 400)
              .staticKey("k3", "ci", 10)
              .evaluate(criterion);
      assertFails(f, EvidenceKind.CREDENTIAL, "k1", "k2");
    }

    @Test
    void unknownWithoutAnIdentitySource() {
      assertUnknown(Fixture.with(TRAIL).evaluate(criterion));
    }
  }

  @Nested
  class NoWildcardAdmin {
    final Criterion criterion = new NoWildcardAdminCriterion();

    @Test
    void passesWhenAgentsHoldNarrowGrants() {
      Finding f =
          Fixture.with(AWS)
              .agent("a", null)
              .role("r")
              .grant("g1", "a", "s3:GetObject", "lake", Privilege.READ)
              .grant("g2", "r", "*", "*", Privilege.ADMIN)
              .evaluate(criterion);
      assertPasses(f);
    }

    @Test
    void failsOnAdminAndWildcardAgentGrants() {
      Finding f =
          Fixture.with(AWS)
              .agent("a", null)
              .grant("g1", "a", "s3:GetObject", "lake", Privilege.READ)
              .grant("g2", "a", "AdministratorAccess", "*", Privilege.ADMIN)
              .grant("g3", "a", "dynamodb:*", "table", Privilege.WRITE)
              .grant("g4", "a", "realm-admin", "realm", Privilege.ADMIN)
              .evaluate(criterion);
      assertFails(f, EvidenceKind.GRANT, "g2", "g3", "g4");
    }

    @Test
    void unknownWithoutAnIdentitySource() {
      assertUnknown(Fixture.with(FEED).evaluate(criterion));
    }
  }

  @Nested
  class UnusedGrants {
    final Criterion criterion = new UnusedGrantsCriterion();

    @Test
    void passesWhenFewGrantsSitUnused() {
      Fixture estate = Fixture.with(AWS).agent("a", null);
      for (int i = 0; i < 4; i++) {
        estate.grant("used" + i, "a", "p", "r", Privilege.READ, 5, null);
      }
      estate.grant("stale", "a", "p", "r", Privilege.READ, 120, null);
      Finding f = estate.evaluate(criterion);
      assertPasses(f);
      assertThat(f.explanation()).startsWith("1 of 5 (20 %)");
    }

    @Test
    void failsWhenTooManyAreNeverOrLongUnused() {
      Finding f =
          Fixture.with(AWS)
              .agent("a", null)
              .grant("used", "a", "p", "r", Privilege.READ, 5, null)
              .grant("never", "a", "p", "r", Privilege.READ, null, null)
              .grant("old", "a", "p", "r", Privilege.READ, 90, null)
              .evaluate(criterion);
      assertFails(f, EvidenceKind.GRANT, "never", "old");
    }

    @Test
    void unknownWhenNoSourceReportsLastUse() {
      assertUnknown(
          Fixture.with(AWS)
              .agent("a", null)
              .grant("g", "a", "p", "r", Privilege.READ, null, null)
              .evaluate(criterion));
      assertUnknown(Fixture.with(FEED).evaluate(criterion));
    }
  }

  @Nested
  class NoScopeWidening {
    final Criterion criterion = new NoScopeWideningCriterion();

    Fixture chain(String... secondHop) {
      return Fixture.with(AWS)
          .human("alice")
          .agent("agent", "alice")
          .agent("sub", "alice")
          .role("role")
          .delegation("d1", "alice", "agent", DelegationKind.ON_BEHALF_OF, "datasets:read")
          .delegation("d2", "agent", "sub", DelegationKind.ON_BEHALF_OF, secondHop)
          .delegation("d3", "sub", "role", DelegationKind.ASSUME_ROLE, "s3:GetObject");
    }

    @Test
    void passesWhenEachHopPassesOnNoMoreThanItReceived() {
      Finding f = chain("datasets:read").evaluate(criterion);
      assertPasses(f);
      assertThat(f.checked()).isEqualTo(1);
    }

    @Test
    void failsOnTheHopThatWidens() {
      assertFails(
          chain("datasets:read", "datasets:write").evaluate(criterion),
          EvidenceKind.DELEGATION,
          "d2");
    }

    @Test
    void unknownWithoutAnIdentitySource() {
      assertUnknown(Fixture.with(FEED).evaluate(criterion));
    }
  }

  @Nested
  class RealtimeDetection {
    final Criterion criterion = new RealtimeDetectionCriterion();

    @Test
    void passesWhenEveryFeedIsCurrentAndAlertsMatch() {
      Finding f =
          Fixture.with(AWS, FEED)
              .agent("a", null)
              .alert("x1", FEED, 30, Severity.HIGH, "a", AlertStatus.OPEN)
              .evaluate(criterion);
      assertPasses(f);
    }

    @Test
    void failsOnAQuietFeedAndUnmatchedAlerts() {
      Finding f =
          Fixture.with(AWS, FEED, CAEP)
              .agent("a", null)
              .alert("x1", FEED, 30, Severity.HIGH, "a", AlertStatus.OPEN)
              .alert("x2", FEED, 40, Severity.HIGH, null, AlertStatus.OPEN)
              .alert("c1", CAEP, 60 * 25, Severity.LOW, "a", AlertStatus.OPEN)
              .evaluate(criterion);
      assertFails(f, EvidenceKind.SOURCE, "caep");
      assertFails(f, EvidenceKind.ALERT, "x2");
    }

    @Test
    void unknownWithoutAnAlertFeed() {
      assertUnknown(Fixture.with(AWS, TRAIL).evaluate(criterion));
    }
  }

  @Nested
  class LineageIdentity {
    final Criterion criterion = new LineageIdentityCriterion();

    @Test
    void passesWhenEveryVersionNamesItsProducer() {
      Finding f =
          Fixture.with(MLFLOW)
              .resource("m", ResourceKind.MODEL, false)
              .resource("m/1", ResourceKind.MODEL_VERSION, false)
              .run("r1", "trainer", "m/1")
              .evaluate(criterion);
      assertPasses(f);
      assertThat(f.checked()).isEqualTo(1);
    }

    @Test
    void failsOnVersionsWithAnAnonymousRunOrNoRun() {
      Finding f =
          Fixture.with(MLFLOW)
              .resource("m/1", ResourceKind.MODEL_VERSION, false)
              .resource("m/2", ResourceKind.MODEL_VERSION, false)
              .resource("m/3", ResourceKind.MODEL_VERSION, false)
              .run("r1", "trainer", "m/1")
              .run("r2", null, "m/2")
              .evaluate(criterion);
      assertFails(f, EvidenceKind.RESOURCE, "m/2", "m/3");
    }

    @Test
    void unknownWithoutARegistryOrLineageSource() {
      assertUnknown(Fixture.with(AWS, FEED).evaluate(criterion));
    }
  }

  @Nested
  class PolicyCompliance {
    final Criterion criterion = new PolicyComplianceCriterion();
    static final String POLICY =
        "{\"ai_agent_id\":\"bot\",\"owner_id\":\"ann\",\"access_level\":\"read_only\","
            + "\"max_token_exp_minutes\":60}";

    @Test
    void passesWhenAgentsKeepToTheirPolicies() {
      Finding f =
          Fixture.with(AWS)
              .human("ann")
              .agent("bot", "ann")
              .token("t", "bot", 30)
              .grant("g", "bot", "s3:GetObject", "lake", Privilege.READ)
              .policy(POLICY)
              .evaluate(criterion);
      assertPasses(f);
    }

    @Test
    void failsNamingTheAgentAndTheOffendingItems() {
      Finding f =
          Fixture.with(AWS)
              .human("ann")
              .agent("bot", "ann")
              .staticKey("k", "bot", 3)
              .grant("g", "bot", "s3:PutObject", "lake", Privilege.WRITE)
              .policy(POLICY)
              .evaluate(criterion);
      assertFails(f, EvidenceKind.IDENTITY, "bot");
      assertFails(f, EvidenceKind.GRANT, "g");
      assertFails(f, EvidenceKind.CREDENTIAL, "k");
    }

    @Test
    void failsWhenThePolicyNamesNoKnownAgent() {
      Finding f = Fixture.with(AWS).human("ann").policy(POLICY).evaluate(criterion);
      assertThat(f.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void unknownWithoutPolicies() {
      assertUnknown(Fixture.with(AWS).agent("bot", null).evaluate(criterion));
    }
  }
}
