package io.keyward.app.page.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.format.Tone;
import io.keyward.app.page.PageContext;
import io.keyward.app.page.lineage.LineageViewModel.Focus;
import io.keyward.app.task.InlineBackgroundTasks;
import io.keyward.model.cache.Cache;
import io.keyward.model.demo.DemoEstate;
import io.keyward.model.demo.DemoScale;
import io.keyward.model.domain.Resource;
import io.keyward.model.lineage.RunActor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's view model on the demo estate, whose lineage story is known. */
class LineageViewModelTest {
  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  @TempDir static Path dir;
  private static Cache cache;
  private LineageViewModel viewModel;

  @BeforeAll
  static void writeDemo() {
    cache = Cache.open(dir.resolve("demo.db"), Clock.fixed(NOW, ZoneOffset.UTC));
    DemoEstate.write(cache, DemoScale.DEMO, 42, NOW);
  }

  @AfterAll
  static void close() {
    cache.close();
  }

  @BeforeEach
  void open() {
    viewModel =
        new LineageViewModel(
            new PageContext(
                cache.repository(),
                cache.repository().sources(),
                new InlineBackgroundTasks(),
                Clock.fixed(NOW, ZoneOffset.UTC)));
    viewModel.activate();
  }

  private Resource version(String name) {
    return viewModel.versions().stream()
        .filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private RunActor actor(String name) {
    return viewModel.actors().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void opensOnTheNewestProducedVersionWithItsRunAndChain() {
    assertThat(viewModel.summary().get())
        .isEqualTo("13 models · 10 runs · 2 runs with no identity");
    assertThat(viewModel.focus().get()).isEqualTo(Focus.VERSION);
    assertThat(viewModel.title().get()).isEqualTo("fraud-scorer v8");
    assertThat(viewModel.selectedVersion().get().name()).isEqualTo("fraud-scorer v8");
    assertThat(viewModel.chainLine().get())
        .isEqualTo(
            "fraud-scorer v8  ←  retrain_fraud.train (trainer)  ←  transactions/2026q3,"
                + " features.customers");
    assertThat(viewModel.runs())
        .singleElement()
        .satisfies(
            run -> {
              assertThat(run.actor()).isEqualTo("trainer");
              assertThat(run.stateTone()).isEqualTo(Tone.SUCCESS);
              assertThat(run.source()).isEqualTo("Airflow prod lineage");
            });
  }

  @Test
  void whoCouldAlterPutsThePipelineAndItsDelegatorsFirst() {
    assertThat(viewModel.alterers())
        .extracting(AltererRow::identity)
        .startsWith("trainer", "eval-agent", "training/trainer-ksa", "Alice Nguyen");
    AltererRow alice = viewModel.alterers().get(3);
    assertThat(alice.chain())
        .isEqualTo("Alice Nguyen → eval-agent (on behalf of) → trainer (impersonation)");
    assertThat(alice.hops()).isEqualTo(2);
    assertThat(viewModel.alterSummary().get()).contains("through delegations");
  }

  @Test
  void aVersionNobodyRecordedRunningSaysSo() {
    viewModel.selectVersion(version("churn-predictor v3"));

    assertThat(viewModel.runs())
        .singleElement()
        .satisfies(
            run -> {
              assertThat(run.actor()).isEqualTo("no identity recorded");
              assertThat(run.actorTone()).isEqualTo(Tone.WARNING);
            });
    assertThat(viewModel.alterers()).extracting(AltererRow::how).noneMatch(h -> h.contains("ran"));
  }

  @Test
  void anIdentityShowsItsRunsAndWhatTheyTouched() {
    viewModel.selectActor(actor("trainer"));

    assertThat(viewModel.focus().get()).isEqualTo(Focus.ACTOR);
    assertThat(viewModel.selectedVersion().get()).isNull();
    assertThat(viewModel.subtitle().get()).isEqualTo("Service account in GCP demo-ml-prod");
    assertThat(viewModel.runs()).hasSize(5);
    assertThat(viewModel.touched())
        .containsExactly(
            "Read transactions/2026q3, features.customers",
            "Wrote fraud-scorer v8, fraud-scorer v7, fraud-scorer v6");
    assertThat(viewModel.alterers()).isEmpty();
  }

  @Test
  void searchFiltersBothLists() {
    viewModel.search().set("SUPPORT");

    assertThat(viewModel.versions())
        .extracting(Resource::name)
        .containsExactly("support-summarizer v1", "support-summarizer-7b");
    assertThat(viewModel.actors()).isEmpty();
    viewModel.search().set("");
    assertThat(viewModel.versions()).hasSize(13);
  }
}
