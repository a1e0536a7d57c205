package io.keyward.app.page.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.FakeRealmConnector;
import io.keyward.app.TestEstate;
import io.keyward.app.format.Tone;
import io.keyward.app.page.PageContext;
import io.keyward.app.page.inventory.Names;
import io.keyward.app.task.InlineBackgroundTasks;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connectors;
import io.keyward.connectors.CredentialPrompt;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SourceProfiles;
import io.keyward.connectors.http.HttpTuning;
import io.keyward.model.cache.Cache;
import io.keyward.model.domain.SourceKind;
import io.keyward.model.domain.SyncStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesViewModelTest {
  private static final SourceProfile REALM =
      new SourceProfile(
          "keycloak:agents", SourceKind.KEYCLOAK, "Agents realm", Map.of("url", "http://kc"));

  @TempDir Path dir;
  private Cache cache;
  private SourceProfiles profiles;
  private final AtomicInteger estateChanges = new AtomicInteger();
  private SourcesViewModel viewModel;

  @BeforeEach
  void open() {
    cache = TestEstate.create(dir.resolve("cache.db"), 0);
    profiles = new SourceProfiles(dir.resolve("sources.json"));
    viewModel = viewModel(Map.of("FAKE_SECRET", "s"));
  }

  private SourcesViewModel viewModel(Map<String, String> variables) {
    InlineBackgroundTasks tasks = new InlineBackgroundTasks();
    SourceAdmin admin =
        new SourceAdmin(
            profiles,
            new Connectors(List.of(new FakeRealmConnector())),
            new ConnectEnvironment(variables, dir, CredentialPrompt.NONE, HttpTuning.DEFAULT),
            cache,
            tasks,
            estateChanges::incrementAndGet);
    return new SourcesViewModel(
        new PageContext(cache.repository(), cache.repository().sources(), tasks, TestEstate.CLOCK),
        admin);
  }

  @AfterEach
  void close() {
    cache.close();
  }

  private SourceRow row(String id) {
    return viewModel.sources().stream()
        .filter(r -> r.source().id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void listsCachedAndConfiguredSourcesWithTheirLatestRunAndTheHistoryNewestFirst() {
    try (var failing = cache.beginSync(TestEstate.FEED)) {
      // Closed without completing: recorded as an interrupted run, nothing else changes.
    }
    profiles.save(REALM);

    viewModel.activate();

    assertThat(viewModel.sources()).hasSize(4);
    assertThat(row(TestEstate.FEED.id()).lastRun().status()).isNotEqualTo(SyncStatus.COMPLETED);
    assertThat(row(TestEstate.FEED.id()).configured()).isFalse();
    assertThat(row(REALM.id()).configured()).isTrue();
    assertThat(row(REALM.id()).source().location()).isEqualTo("http://kc");
    assertThat(viewModel.runs()).hasSize(4);
    assertThat(viewModel.runs().get(0).sourceId()).isEqualTo(TestEstate.FEED.id());
    var sourceName = viewModel.runColumns().get(0).text();
    assertThat(sourceName.of(viewModel.runs().get(0), Names.NONE)).isEqualTo("GuardDuty us-east-1");
  }

  @Test
  void theFormRefusesAnIncompleteProfileThenSavesAComplete() {
    viewModel.activate();
    viewModel.add();
    SourceEditorModel form = viewModel.editor().get();
    assertThat(form.id().get()).isEqualTo("keycloak:");

    form.id().set("keycloak:agents");
    viewModel.saveEditor();
    assertThat(form.error().get()).contains("needs the setting 'url'");
    assertThat(viewModel.editor().get()).isSameAs(form);

    form.fields().stream()
        .filter(f -> f.setting().key().equals("url"))
        .findFirst()
        .orElseThrow()
        .value()
        .set("http://kc");
    viewModel.saveEditor();

    assertThat(viewModel.editor().get()).isNull();
    assertThat(profiles.find("keycloak:agents")).isPresent();
    assertThat(row("keycloak:agents").configured()).isTrue();
  }

  @Test
  void editingKeepsTheKindAndShowsTheSavedSettings() {
    profiles.save(REALM);
    viewModel.activate();
    viewModel.selected().set(row(REALM.id()));

    viewModel.editSelected();

    SourceEditorModel form = viewModel.editor().get();
    assertThat(form.adding()).isFalse();
    assertThat(form.fields())
        .filteredOn(f -> f.setting().key().equals("url"))
        .singleElement()
        .satisfies(f -> assertThat(f.value().get()).isEqualTo("http://kc"));
  }

  @Test
  void testingReportsWhatWasReached() {
    profiles.save(REALM);
    viewModel.activate();
    viewModel.selected().set(row(REALM.id()));

    viewModel.testSelected();

    assertThat(viewModel.status().get())
        .isEqualTo("Connected to keycloak:agents: realm at http://kc");
    assertThat(viewModel.statusTone().get()).isEqualTo(Tone.SUCCESS);
    assertThat(viewModel.busy().get()).isFalse();
  }

  @Test
  void aCompletedSyncLoadsTheCacheAndTellsTheConsole() {
    profiles.save(REALM.withSettings(Map.of("users", "5")));
    viewModel.activate();
    viewModel.selected().set(row(REALM.id()));

    viewModel.syncSelected();

    assertThat(viewModel.status().get()).startsWith("Synced keycloak:agents: 5 items loaded");
    assertThat(estateChanges).hasValue(1);
    assertThat(cache.repository().stats().identitiesBySource()).containsEntry(REALM.id(), 5L);
  }

  @Test
  void aSyncsNoteIsShownWithItsResult() {
    profiles.save(REALM.withSettings(Map.of("note", "realm agents stores no login events")));
    viewModel.activate();
    viewModel.selected().set(row(REALM.id()));

    viewModel.syncSelected();

    assertThat(viewModel.status().get())
        .startsWith("Synced keycloak:agents: 2 items loaded")
        .endsWith(" Note: realm agents stores no login events.");
    assertThat(viewModel.statusTone().get()).isEqualTo(Tone.SUCCESS);
  }

  @Test
  void aFailedSyncSaysWhereKeepsTheCacheAndItsRunCanBeRead() {
    profiles.save(REALM.withSettings(Map.of("failAt", "GET /admin/realms/agents/users")));
    viewModel.activate();
    viewModel.selected().set(row(REALM.id()));

    viewModel.syncSelected();

    assertThat(viewModel.status().get())
        .contains("failed: keycloak:agents: GET /admin/realms/agents/users: HTTP 500")
        .endsWith("Nothing in the cache changed.");
    assertThat(viewModel.statusTone().get()).isEqualTo(Tone.DANGER);
    assertThat(estateChanges).hasValue(0);
    viewModel.selectedRun().set(viewModel.runs().get(0));
    assertThat(viewModel.runDetail().get())
        .startsWith("Agents realm (keycloak:agents)\nFailed")
        .endsWith("keycloak:agents: GET /admin/realms/agents/users: HTTP 500");
  }

  @Test
  void missingCredentialsAreAFailedSyncNotACrash() {
    profiles.save(REALM);
    SourcesViewModel withoutSecret = viewModel(Map.of());
    withoutSecret.activate();
    withoutSecret
        .selected()
        .set(
            withoutSecret.sources().stream()
                .filter(r -> r.source().id().equals(REALM.id()))
                .findFirst()
                .orElseThrow());

    withoutSecret.syncSelected();

    assertThat(withoutSecret.status().get())
        .isEqualTo("Sync of keycloak:agents failed: set FAKE_SECRET");
  }

  @Test
  void removingASourceForgetsItsProfileAndItsItems() {
    profiles.save(REALM);
    viewModel.activate();
    viewModel.selected().set(row(REALM.id()));
    viewModel.syncSelected();

    viewModel.removeSelected();

    assertThat(profiles.list()).isEmpty();
    assertThat(cache.repository().stats().identitiesBySource()).doesNotContainKey(REALM.id());
    assertThat(estateChanges).hasValue(2);
  }
}
