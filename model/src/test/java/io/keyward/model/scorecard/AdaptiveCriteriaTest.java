package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Fixture.AWS;
import static io.keyward.model.scorecard.Fixture.CAEP;
import static io.keyward.model.scorecard.Fixture.ENTRA;
import static io.keyward.model.scorecard.Fixture.FEED;
import static io.keyward.model.scorecard.Fixture.TRAIL;
import static io.keyward.model.scorecard.FoundationCriteriaTest.assertFails;
import static io.keyward.model.scorecard.FoundationCriteriaTest.assertPasses;
import static io.keyward.model.scorecard.FoundationCriteriaTest.assertUnknown;
import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.ResourceKind;
import io.keyward.model.domain.RevocationOutcome;
import io.keyward.model.domain.Severity;
import io.keyward.model.domain.SourceKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each adaptive criterion on estates built to pass it, fail it, and leave it unknown. */
class AdaptiveCriteriaTest {

  @Nested
  class ContinuousEvaluation {
    final Criterion criterion = new ContinuousEvaluationCriterion();

    @Test
    void passesWhenEverySignalWasClosedOrAnswered() {
      Finding f =
          Fixture.with(AWS, CAEP, TRAIL)
              .human("erin")
              .agent("bot", "erin")
              .alert("s1", CAEP, 60, Severity.MEDIUM, "erin", AlertStatus.CLOSED)
              .alert("s2", CAEP, 60, Severity.HIGH, "bot", AlertStatus.OPEN)
              .alert("s3", CAEP, 60, Severity.LOW, null, AlertStatus.OPEN)
              .event("e1", TRAIL, 50, AccessEventType.CHANGE, "bot", null, null)
              .evaluate(criterion);
      assertPasses(f);
      assertThat(f.checked()).isEqualTo(2);
    }

    @Test
    void failsOnAnOpenSignalNothingAnswered() {
      Finding f =
          Fixture.with(AWS, CAEP, TRAIL)
              .agent("bot", null)
              .alert("s2", CAEP, 60, Severity.HIGH, "bot", AlertStatus.OPEN)
              .event("before", TRAIL, 70, AccessEventType.CHANGE, "bot", null, null)
              .evaluate(criterion);
      assertFails(f, EvidenceKind.ALERT, "s2");
    }

    @Test
    void failsWhenTheReceiverDeliveredNothing() {
      assertThat(Fixture.with(AWS, CAEP).evaluate(criterion).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void unknownWithoutACaepReceiver() {
      assertUnknown(Fixture.with(AWS, FEED).evaluate(criterion));
    }
  }

  @Nested
  class ContextualAccess {
    final Criterion criterion = new ContextualAccessCriterion();

    @Test
    void passesWhenSensitiveGrantsCarryConditions() {
      Finding f =
          Fixture.with(AWS)
              .resource("lake", ResourceKind.DATASET, true)
              .resource("public", ResourceKind.DATASET, false)
              .agent("a", null)
              .human("h")
              .grant("g1", "a", "read", "lake", Privilege.READ, 1, "aws:SourceVpce = vpce-1")
              .grant("g2", "a", "read", "public", Privilege.READ, 1, null)
              .grant("g3", "h", "read", "lake", Privilege.READ, 1, null)
              .evaluate(criterion);
      assertPasses(f);
      assertThat(f.checked()).isEqualTo(1);
    }

    @Test
    void failsOnASensitiveGrantWithoutCondition() {
      Finding f =
          Fixture.with(AWS)
              .resource("lake", ResourceKind.DATASET, true)
              .agent("a", null)
              .grant("g1", "a", "read", "lake", Privilege.READ, 1, null)
              .evaluate(criterion);
      assertFails(f, EvidenceKind.GRANT, "g1");
    }

    @Test
    void unknownWhenNothingIsMarkedSensitive() {
      assertUnknown(
          Fixture.with(AWS)
              .resource("lake", ResourceKind.DATASET, false)
              .agent("a", null)
              .grant("g1", "a", "read", "lake", Privilege.READ)
              .evaluate(criterion));
    }
  }

  @Nested
  class RealtimeRevocation {
    final Criterion criterion = new RealtimeRevocationCriterion();

    @Test
    void passesWhenSevereAlertsAreAnsweredWithinTheTarget() {
      Finding f =
          Fixture.with(AWS, FEED, TRAIL)
              .role("training-role")
              .agent("bot", null)
              .alert("x1", FEED, 60, Severity.HIGH, "training-role", AlertStatus.OPEN)
              .alert("x2", FEED, 60, Severity.CRITICAL, "bot", AlertStatus.OPEN)
              .alert("low", FEED, 60, Severity.LOW, "bot", AlertStatus.OPEN)
              // A change logged on the role's external id (an ARN) answers x1 in 9 minutes.
              .event("e1", TRAIL, 51, AccessEventType.CHANGE, "carol", "ext-training-role", null)
              .revocation("r1", "bot", 55, RevocationOutcome.DONE)
              .evaluate(criterion);
      assertPasses(f);
      assertThat(f.checked()).isEqualTo(2);
    }

    @Test
    void aRevocationMadeForTheAlertAnswersItWhateverItTargets() {
      Finding f =
          Fixture.with(AWS, FEED)
              .agent("bot", null)
              .role("role")
              .alert("x1", FEED, 60, Severity.CRITICAL, "bot", AlertStatus.OPEN)
              .revocation("r1", "role", 50, RevocationOutcome.DONE, "x1")
              .evaluate(criterion);
      assertPasses(f);
      assertThat(f.explanation()).contains("slowest answer 10 min");
    }

    @Test
    void failsOnLateUnansweredAndFailedRevocations() {
      Finding f =
          Fixture.with(AWS, FEED)
              .agent("late", null)
              .agent("never", null)
              .agent("failed", null)
              .alert("x1", FEED, 60, Severity.HIGH, "late", AlertStatus.OPEN)
              .alert("x2", FEED, 60, Severity.HIGH, "never", AlertStatus.OPEN)
              .alert("x3", FEED, 60, Severity.HIGH, "failed", AlertStatus.OPEN)
              .revocation("r1", "late", 40, RevocationOutcome.DONE)
              .revocation("r2", "failed", 58, RevocationOutcome.FAILED)
              .evaluate(criterion);
      assertFails(f, EvidenceKind.ALERT, "x1", "x2", "x3");
      assertThat(f.explanation()).contains("slowest answer 20 min");
    }

    @Test
    void failsOnAnIdentitySourceKeywardCannotRevokeIn() {
      Finding f =
          Fixture.with(AWS, ENTRA, FEED)
              .revocable(SourceKind.AWS_IAM)
              .agent("bot", null)
              .alert("x1", FEED, 60, Severity.HIGH, "bot", AlertStatus.OPEN)
              .revocation("r1", "bot", 55, RevocationOutcome.DONE)
              .evaluate(criterion);
      assertFails(f, EvidenceKind.SOURCE, "entra");
      assertThat(f.explanation()).contains("1 connected identity source has no revoker");
    }

    @Test
    void passesWhenEveryIdentitySourceHasARevoker() {
      Finding f =
          Fixture.with(AWS, ENTRA, FEED)
              .revocable(SourceKind.AWS_IAM, SourceKind.ENTRA_ID, SourceKind.KEYCLOAK)
              .agent("bot", null)
              .alert("x1", FEED, 60, Severity.HIGH, "bot", AlertStatus.OPEN)
              .revocation("r1", "bot", 55, RevocationOutcome.DONE)
              .evaluate(criterion);
      assertPasses(f);
    }

    @Test
    void unknownWithoutAFeedOrWithoutSevereAlerts() {
      assertUnknown(Fixture.with(AWS, TRAIL).evaluate(criterion));
      assertUnknown(
          Fixture.with(AWS, FEED)
              .agent("a", null)
              .alert("x", FEED, 5, Severity.MEDIUM, "a", AlertStatus.OPEN)
              .evaluate(criterion));
    }
  }

  @Nested
  class RiskBasedAccess {
    final Criterion criterion = new RiskBasedAccessCriterion();

    @Test
    void passesWhenNoNonHumanIdentityStandsAtHighRisk() {
      Finding f =
          Fixture.with(AWS)
              .human("alice")
              .agent("reader", "alice")
              .token("t1", "reader", 30)
              .grant("g1", "reader", "s3:GetObject", "arn:aws:s3:::lake/*", Privilege.READ)
              .evaluate(criterion);
      assertPasses(f);
      assertThat(f.explanation()).isEqualTo("All 1 non-human identity score below 70.");
    }

    @Test
    void failsOnAnOwnerlessAdminAgentWithAnOldKeyAndAnOpenAlertNamingItsTopFactor() {
      Finding f =
          Fixture.with(AWS, FEED)
              .human("alice")
              .agent("reader", "alice")
              .agent("rogue", null)
              .credential("k1", "rogue", Fixture.daysAgo(400), null, null)
              .grant("g1", "rogue", "*", "*", Privilege.ADMIN, null, null)
              .alert("x1", FEED, 5, Severity.CRITICAL, "rogue", AlertStatus.OPEN)
              .evaluate(criterion);
      assertFails(f, EvidenceKind.IDENTITY, "rogue");
      assertThat(f.explanation())
          .isEqualTo(
              "1 of 2 (50 %) non-human identities score 70 or more: rogue 95 (admin or wildcard:"
                  + " * on * (held by rogue)).");
    }

    @Test
    void theThresholdComesFromTheProfile() {
      Estate estate =
          Fixture.with(AWS)
              .agent("rogue", null)
              .grant("g1", "rogue", "*", "*", Privilege.ADMIN, null, null)
              .build();
      Thresholds strict = Thresholds.parse("{\"highRiskScore\": 10}");
      assertThat(criterion.evaluate(estate, strict).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void unknownWithoutAnIdentitySource() {
      assertUnknown(Fixture.with(FEED).evaluate(criterion));
    }
  }

  @Nested
  class PhishingResistantMfa {
    final Criterion criterion = new PhishingResistantMfaCriterion();

    @Test
    void passesWhenOperatorsUseFido2() {
      Finding f =
          Fixture.with(AWS)
              .human("alice", "mfa", "fido2")
              .human("bob", "mfa", "none")
              .human("carol", "mfa", "Passkey")
              .agent("a", "alice")
              .agent("b", null)
              .delegation("d", "carol", "b", DelegationKind.ON_BEHALF_OF)
              .evaluate(criterion);
      assertPasses(f);
      assertThat(f.checked()).isEqualTo(2);
    }

    @Test
    void failsOnAnOperatorWithWeakMfaAndSaysWhoIsNotShown() {
      Finding f =
          Fixture.with(AWS)
              .human("alice", "mfa", "fido2")
              .human("bob", "mfa", "totp")
              .human("dan")
              .agent("a", "alice")
              .agent("b", "bob")
              .agent("c", "dan")
              .evaluate(criterion);
      assertFails(f, EvidenceKind.IDENTITY, "bob");
      assertThat(f.explanation()).contains("The method of 1 operator is not shown");
    }

    @Test
    void unknownWhenNoSourceShowsOperatorsMfa() {
      assertUnknown(Fixture.with(AWS).human("dan").agent("c", "dan").evaluate(criterion));
    }
  }
}
