package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Fixture.AWS;
import static io.keyward.model.scorecard.Fixture.FEED;
import static io.keyward.model.scorecard.Fixture.TRAIL;
import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Severity;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each foundation criterion on estates built to pass it, fail it, and leave it unknown. */
class FoundationCriteriaTest {

  static void assertFails(Finding finding, EvidenceKind kind, String... ids) {
    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.evidence())
        .filteredOn(e -> e.kind() == kind)
        .singleElement()
        .satisfies(e -> assertThat(e.ids()).containsExactly(ids));
  }

  static void assertPasses(Finding finding) {
    assertThat(finding.status()).as(finding.explanation()).isEqualTo(Status.PASS);
    assertThat(finding.evidence()).isEmpty();
  }

  static void assertUnknown(Finding finding) {
    assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
    assertThat(finding.explanation()).isNotBlank();
  }

  @Nested
  class OwnIdentity {
    final Criterion criterion = new OwnIdentityCriterion();

    @Test
    void passesWhenNoHumanAccountIsInAgentUse() {
      assertPasses(Fixture.with(AWS).human("ann").agent("bot", "ann").evaluate(criterion));
    }

    @Test
    void failsOnAHumanTaggedForAutomation() {
      Finding f =
          Fixture.with(AWS).human("ann").human("marco", "automation", "ci").evaluate(criterion);
      assertFails(f, EvidenceKind.IDENTITY, "marco");
    }

    @Test
    void failsOnAHumanAnAgentActsThrough() {
      Finding f =
          Fixture.with(AWS)
              .human("ann")
              .agent("bot", "ann")
              .delegation("d1", "bot", "ann", DelegationKind.ON_BEHALF_OF)
              .evaluate(criterion);
      assertFails(f, EvidenceKind.IDENTITY, "ann");
    }

    @Test
    void unknownWithoutAnIdentitySource() {
      assertUnknown(Fixture.with(FEED).evaluate(criterion));
    }
  }

  @Nested
  class NoSharedCredential {
    final Criterion criterion = new NoSharedCredentialCriterion();

    @Test
    void passesWhenEveryFingerprintIsHeldOnce() {
      Finding f =
          Fixture.with(AWS)
              .agent("a", null)
              .agent("b", null)
              .fingerprinted("k1", "a", "fp1")
              .fingerprinted("k2", "b", "fp2")
              .evaluate(criterion);
      assertPasses(f);
      assertThat(f.checked()).isEqualTo(2);
    }

    @Test
    void failsWhenTwoAgentsHoldOneSecret() {
      Finding f =
          Fixture.with(AWS)
              .agent("a", null)
              .agent("b", null)
              .agent("c", null)
              .fingerprinted("k1", "a", "same")
              .fingerprinted("k2", "b", "same")
              .fingerprinted("k3", "c", "other")
              .evaluate(criterion);
      assertFails(f, EvidenceKind.CREDENTIAL, "k1", "k2");
    }

    @Test
    void twoKeysOfOneIdentityWithOneFingerprintAreNotShared() {
      Finding f =
          Fixture.with(AWS)
              .agent("a", null)
              .fingerprinted("k1", "a", "same")
              .fingerprinted("k2", "a", "same")
              .evaluate(criterion);
      assertPasses(f);
    }

    @Test
    void unknownWhenNoSourceReportsFingerprints() {
      assertUnknown(Fixture.with(AWS).agent("a", null).staticKey("k1", "a", 3).evaluate(criterion));
      assertUnknown(Fixture.with(FEED).evaluate(criterion));
    }
  }

  @Nested
  class ActiveOwner {
    final Criterion criterion = new ActiveOwnerCriterion();

    @Test
    void passesWhenEveryNonHumanHasAnEnabledHumanOwner() {
      Finding f =
          Fixture.with(AWS)
              .human("ann")
              .agent("bot", "ann")
              .serviceAccount("sa", "ann")
              .role("role-without-owner")
              .evaluate(criterion);
      assertPasses(f);
      assertThat(f.checked()).isEqualTo(2);
    }

    @Test
    void failsOnMissingDisabledUnknownAndNonHumanOwners() {
      Finding f =
          Fixture.with(AWS)
              .human("ann")
              .disabledHuman("dan")
              .agent("ok", "ann")
              .agent("none", null)
              .agent("orphan", "dan")
              .agent("ghost", "nobody-we-know")
              .agent("sub", "ok")
              .evaluate(criterion);
      assertFails(f, EvidenceKind.IDENTITY, "ghost", "none", "orphan", "sub");
      assertThat(f.explanation())
          .contains("1 without an owner", "1 owned by a disabled human", "1 owned by someone");
    }

    @Test
    void unknownWithoutAnIdentitySource() {
      assertUnknown(Fixture.with(TRAIL).evaluate(criterion));
    }
  }

  @Nested
  class TracedDelegation {
    final Criterion criterion = new TracedDelegationCriterion();

    @Test
    void passesWhenEveryAgentWithGrantsHasADelegation() {
      Finding f =
          Fixture.with(AWS)
              .human("ann")
              .agent("bot", "ann")
              .agent("idle", "ann")
              .grant("g1", "bot", "s3:GetObject", "lake", Privilege.READ)
              .delegation("d1", "ann", "bot", DelegationKind.ON_BEHALF_OF, "read")
              .evaluate(criterion);
      assertPasses(f);
      assertThat(f.checked()).isEqualTo(1);
    }

    @Test
    void failsOnAnAgentWithGrantsNobodyDelegated() {
      Finding f =
          Fixture.with(AWS)
              .agent("bot", null)
              .grant("g1", "bot", "s3:GetObject", "lake", Privilege.READ)
              .evaluate(criterion);
      assertFails(f, EvidenceKind.IDENTITY, "bot");
    }

    @Test
    void unknownWithoutAnIdentitySource() {
      assertUnknown(Fixture.with(FEED).evaluate(criterion));
    }
  }

  @Nested
  class AuditableActivity {
    final Criterion criterion = new AuditableActivityCriterion();
    final Source gcp = new Source("gcp", SourceKind.GCP_IAM, "GCP", "p");

    @Test
    void passesWhenEachIdentitySourceHasEventsOrAlerts() {
      Finding f =
          Fixture.with(AWS, TRAIL, FEED)
              .agent("bot", null)
              .event("e1", TRAIL, 5, AccessEventType.SIGN_IN, "bot", null, null)
              .evaluate(criterion);
      assertPasses(f);
    }

    @Test
    void anAlertAboutItsIdentitiesAlsoCovers() {
      Finding f =
          Fixture.with(AWS, FEED)
              .agent("bot", null)
              .alert("a1", FEED, 5, Severity.LOW, "bot", AlertStatus.OPEN)
              .evaluate(criterion);
      assertPasses(f);
    }

    @Test
    void failsOnAnIdentitySourceNothingLogs() {
      Finding f = Fixture.with(AWS, gcp, TRAIL).agent("bot", null).evaluate(criterion);
      assertFails(f, EvidenceKind.SOURCE, "aws", "gcp");
    }

    @Test
    void unknownWithoutAnIdentitySource() {
      assertUnknown(Fixture.with(TRAIL).evaluate(criterion));
    }
  }
}
