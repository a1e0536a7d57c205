package io.keyward.app.page.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.TestEstate;
import io.keyward.app.page.PageContext;
import io.keyward.app.task.InlineBackgroundTasks;
import io.keyward.model.cache.Cache;
import io.keyward.model.scorecard.EvidenceKind;
import io.keyward.model.scorecard.Finding;
import io.keyward.model.scorecard.MaturityStep;
import io.keyward.model.scorecard.Scope;
import io.keyward.model.scorecard.Scoring;
import io.keyward.model.scorecard.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorecardViewModelTest {
  @TempDir Path dir;
  Cache cache;
  ScorecardViewModel viewModel;
  final List<EvidenceDrilldown> opened = new ArrayList<>();

  @BeforeEach
  void open() {
    cache = TestEstate.create(dir.resolve("cache.db"), 3);
    PageContext context =
        new PageContext(
            cache.repository(),
            cache.repository().sources(),
            new InlineBackgroundTasks(),
            TestEstate.CLOCK);
    viewModel = new ScorecardViewModel(context, cache, Set.of(), opened::add);
  }

  @AfterEach
  void close() {
    cache.close();
  }

  Finding finding(String id) {
    return viewModel.report().get().scorecard().finding(id).orElseThrow();
  }

  @Test
  void computesTheScoreOnFirstShowAndKeepsItInTheHistory() {
    assertThat(viewModel.report().get()).isNull();
    viewModel.activate();
    var scorecard = viewModel.report().get().scorecard();
    // Two agents without an owner fail the foundation step.
    assertThat(scorecard.level()).isEqualTo(MaturityStep.AD_HOC);
    assertThat(finding("active-owner").status()).isEqualTo(Status.FAIL);
    assertThat(viewModel.findings(MaturityStep.FOUNDATION)).hasSize(5);
    assertThat(viewModel.moves()).isNotEmpty();
    assertThat(viewModel.moves())
        .allMatch(m -> m.finding().criterion().step() == MaturityStep.FOUNDATION);
    assertThat(viewModel.history()).hasSize(1);
    assertThat(cache.repository().scoreHistory("all")).hasSize(1);
    assertThat(viewModel.thresholdsText().get()).contains("\"maxStaticKeyAgeDays\" : 90");
    assertThat(viewModel.loading().get()).isFalse();
    assertThat(viewModel.failure().get()).isEmpty();
  }

  @Test
  void offersTheWholeEstateEachIdentitySourceAndEachTeam() {
    viewModel.activate();
    assertThat(viewModel.scopes())
        .extracting(ScopeChoice::label)
        .startsWith("Whole estate")
        .contains("Source: Contoso Entra", "Source: AWS production", "Team: ml-platform")
        .doesNotContain("Source: GuardDuty us-east-1");
  }

  @Test
  void choosingAScopeScoresThatScope() {
    viewModel.activate();
    ScopeChoice entra =
        viewModel.scopes().stream()
            .filter(c -> c.label().equals("Source: Contoso Entra"))
            .findFirst()
            .orElseThrow();
    viewModel.scope().set(entra);
    assertThat(viewModel.report().get().scorecard().scope()).isEqualTo(new Scope.OfSource("entra"));
    // Entra holds only humans: nobody there lacks an owner.
    assertThat(finding("active-owner").status()).isEqualTo(Status.PASS);
    assertThat(cache.repository().scoreHistory("source:entra")).hasSize(1);
  }

  @Test
  void evidenceOpensExactlyItsItemsInTheirInventory() {
    viewModel.activate();
    Finding owners = finding("active-owner");
    viewModel.open(owners, owners.evidence().get(0));
    assertThat(opened)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(EvidenceKind.IDENTITY);
              assertThat(d.ids()).isEqualTo(Set.of("triage-agent", "invoice-agent"));
              assertThat(d.label()).isEqualTo(owners.criterion().title());
            });
    assertThat(ScorecardViewModel.opens(EvidenceKind.RESOURCE)).isFalse();
    assertThat(ScorecardViewModel.opens(EvidenceKind.SOURCE)).isFalse();
    assertThat(ScorecardViewModel.opens(EvidenceKind.GRANT)).isTrue();
  }

  @Test
  void anInvalidThresholdsProfileIsRefusedFieldByFieldAndChangesNothing() {
    viewModel.activate();
    viewModel.thresholdsText().set("{\"maxStaticKeyAgeDays\": -3, \"colour\": \"red\"}");
    viewModel.applyThresholds();
    assertThat(viewModel.thresholdsProblem().get())
        .contains(
            "maxStaticKeyAgeDays: expected a whole number of days of at least 1, found the number -3")
        .contains("colour: expected one of");
    assertThat(cache.repository().setting("scorecard.thresholds")).isEmpty();
  }

  @Test
  void aValidProfileIsKeptAndTheScoreComputedWithIt() {
    viewModel.activate();
    assertThat(finding("no-stale-static-keys").status()).isEqualTo(Status.FAIL);
    viewModel.thresholdsText().set("{\"maxStaticKeyAgeDays\": 1000}");
    viewModel.applyThresholds();
    assertThat(viewModel.thresholdsProblem().get()).isEmpty();
    assertThat(Scoring.thresholds(cache.repository()).maxStaticKeyAgeDays()).isEqualTo(1000);
    assertThat(finding("no-stale-static-keys").status()).isEqualTo(Status.PASS);
    assertThat(viewModel.thresholdsText().get()).contains("\"maxStaticKeyAgeDays\" : 1000");

    viewModel.resetThresholds();
    assertThat(Scoring.thresholds(cache.repository()).maxStaticKeyAgeDays()).isEqualTo(90);
    assertThat(finding("no-stale-static-keys").status()).isEqualTo(Status.FAIL);
  }

  @Test
  void exportsTheShownScoreAsOneHtmlFile() throws Exception {
    viewModel.activate();
    Path file = dir.resolve("report.html");
    viewModel.exportHtml(file);
    assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").contains("Maturity scorecard");
    assertThat(viewModel.notice().get()).isEqualTo("Exported the scorecard report to report.html");
  }
}
