package io.keyward.model.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.cache.Cache;
import io.keyward.model.demo.DemoEstate;
import io.keyward.model.demo.DemoScale;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo estate lands where its planted problems put it (docs/demo-estate.md): the foundation
 * step fails on five planted problems, so the estate is ad hoc, and every criterion finds the items
 * planted for it.
 */
class DemoScorecardTest {
  static final Instant AS_OF = Instant.parse("2026-11-23T09:00:00Z");
  static Scorecard scorecard;
  @TempDir static Path dir;

  @BeforeAll
  static void score() {
    try (Cache cache = Cache.open(dir.resolve("demo.db"), Clock.fixed(AS_OF, ZoneOffset.UTC))) {
      DemoEstate.write(cache, DemoScale.DEMO, 42, AS_OF);
      scorecard = Scoring.scoreAndRecord(cache, Scope.All.INSTANCE, Thresholds.DEFAULTS);
      assertThat(cache.repository().scoreHistory("all"))
          .singleElement()
          .satisfies(e -> assertThat(e.level()).isEqualTo(1));
    }
  }

  @Test
  void theDemoIsAdHocBecauseEveryFoundationCriterionFails() {
    assertThat(scorecard.level()).isEqualTo(MaturityStep.AD_HOC);
    assertThat(scorecard.of(MaturityStep.FOUNDATION)).allMatch(f -> f.status() == Status.FAIL);
    assertThat(scorecard.next()).contains(MaturityStep.FOUNDATION);
    assertThat(scorecard.nextMoves()).hasSize(5);
  }

  @Test
  void everyCriterionHasTheStatusItsPlantedProblemsImply() {
    Map<String, Status> expected =
        Map.ofEntries(
            Map.entry("own-identity", Status.FAIL),
            Map.entry("no-shared-credential", Status.FAIL),
            Map.entry("active-owner", Status.FAIL),
            Map.entry("traced-delegation", Status.FAIL),
            Map.entry("auditable-activity", Status.FAIL),
            // Half the bulk agents and the story's session holders are short-lived: "most" holds.
            Map.entry("short-lived-credentials", Status.PASS),
            Map.entry("no-stale-static-keys", Status.FAIL),
            Map.entry("no-wildcard-admin", Status.FAIL),
            Map.entry("unused-grants", Status.FAIL),
            Map.entry("no-scope-widening", Status.FAIL),
            Map.entry("realtime-detection", Status.FAIL),
            Map.entry("lineage-identity", Status.FAIL),
            Map.entry("policy-compliance", Status.FAIL),
            Map.entry("continuous-evaluation", Status.FAIL),
            Map.entry("contextual-access", Status.FAIL),
            Map.entry("risk-based-access", Status.FAIL),
            Map.entry("realtime-revocation", Status.FAIL),
            Map.entry("phishing-resistant-mfa", Status.FAIL));
    assertThat(scorecard.findings()).hasSize(expected.size());
    scorecard
        .findings()
        .forEach(
            f ->
                assertThat(f.status())
                    .as(f.id() + ": " + f.explanation())
                    .isEqualTo(expected.get(f.id())));
  }

  @Test
  void theEvidenceNamesThePlantedItems() {
    assertEvidence("own-identity", "hf:demo-corp-ml:user/marco-rossi");
    assertEvidence(
        "no-shared-credential",
        "keycloak:agents:client/billing-agent/secret",
        "keycloak:agents:client/support-agent/secret");
    assertEvidence(
        "active-owner",
        "aws:111122223333:user/deploy-agent",
        "aws:111122223333:user/pricing-agent",
        "gcp:demo-ml-prod:sa/labeling-agent@demo-ml-prod.iam.gserviceaccount.com");
    assertEvidence(
        "traced-delegation",
        "aws:111122223333:user/deploy-agent",
        "aws:111122223333:user/pricing-agent");
    assertEvidence("auditable-activity", "gcp:demo-ml-prod");
    assertEvidence(
        "no-stale-static-keys",
        "aws:111122223333:user/deploy-agent/key-1",
        "aws:111122223333:user/ci-bot/key-1");
    assertEvidence("no-scope-widening", "entra:demo-corp:delegation/5");
    assertEvidence("realtime-detection", "ocsf:legacy-siem");
    assertEvidence(
        "lineage-identity",
        "mlflow:registry:model/churn-predictor/2",
        "mlflow:registry:model/churn-predictor/3");
    assertEvidence(
        "phishing-resistant-mfa",
        "entra:demo-corp:user/bob.martens",
        "entra:demo-corp:user/erin.walsh");
    assertEvidence(
        "policy-compliance",
        "entra:demo-corp:agent/research-summarizer",
        "aws:111122223333:user/pricing-agent");
    assertThat(ids("policy-compliance")).doesNotContain("entra:demo-corp:agent/triage-agent");
    assertThat(ids("phishing-resistant-mfa")).doesNotContain("entra:demo-corp:user/alice.nguyen");
    assertThat(ids("no-scope-widening")).hasSize(1);
  }

  @Test
  void theRevocationTimeIsMeasuredOnTheAnsweredExfiltration() {
    Finding revocation = scorecard.finding("realtime-revocation").orElseThrow();
    assertThat(revocation.explanation()).contains("slowest answer 9 min");
  }

  @Test
  void scopesNarrowTheScore() {
    try (Cache cache = Cache.open(dir.resolve("demo.db"), Clock.fixed(AS_OF, ZoneOffset.UTC))) {
      Estate estate = EstateLoader.load(cache);
      Scorecard gcp =
          Scorecard.compute(estate, new Scope.OfSource("gcp:demo-ml-prod"), Thresholds.DEFAULTS);
      assertThat(gcp.finding("auditable-activity").orElseThrow().evidence().get(0).ids())
          .containsExactly("gcp:demo-ml-prod");
      assertThat(gcp.finding("own-identity").orElseThrow().status()).isEqualTo(Status.PASS);
      Scorecard security =
          Scorecard.compute(estate, Scope.parse("tag:team=security"), Thresholds.DEFAULTS);
      assertThat(security.findings()).isNotEmpty();
      assertThat(ids(security, "own-identity")).isEmpty();
    }
  }

  private static void assertEvidence(String criterion, String... planted) {
    assertThat(ids(criterion)).as(criterion).contains(planted);
  }

  private static List<String> ids(String criterion) {
    return ids(scorecard, criterion);
  }

  private static List<String> ids(Scorecard s, String criterion) {
    return s.finding(criterion).orElseThrow().evidence().stream()
        .flatMap(e -> e.ids().stream())
        .toList();
  }
}
