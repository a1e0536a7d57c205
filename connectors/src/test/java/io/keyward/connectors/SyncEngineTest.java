package io.keyward.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.IdentityFilter;
import io.keyward.model.demo.DemoEstate;
import io.keyward.model.demo.DemoScale;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import io.keyward.model.domain.SyncRun;
import io.keyward.model.domain.SyncStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncEngineTest {
  private static final Source REALM =
      new Source(
          "keycloak:agents", SourceKind.KEYCLOAK, "Agents", "http://localhost/realms/agents");

  @TempDir Path dir;
  private Cache cache;
  private SyncEngine engine;

  @BeforeEach
  void open() {
    cache = Cache.open(dir.resolve("cache.db"));
    engine = new SyncEngine(cache);
  }

  @AfterEach
  void close() {
    cache.close();
  }

  private static Identity user(String name) {
    return new Identity(
        REALM.id() + ":" + name,
        REALM.id(),
        name,
        IdentityKind.HUMAN,
        name,
        null,
        IdentityStatus.ENABLED,
        null,
        null,
        "human: a realm user",
        Map.of());
  }

  private SyncOutcome sync(SourceConnection connection) {
    return engine.sync(REALM, connection, SyncListener.SILENT, new Cancellation());
  }

  private static SourceConnection loading(String... names) {
    return new FakeConnection(
        context ->
            context.load(
                sink -> {
                  for (String name : names) {
                    sink.add(user(name));
                  }
                }));
  }

  private List<String> names() {
    return cache.repository().identities(IdentityFilter.ALL, 100).items().stream()
        .map(Identity::name)
        .toList();
  }

  private SyncRun lastRun() {
    List<SyncRun> runs = cache.repository().syncRuns();
    return runs.stream().max((a, b) -> Long.compare(a.id(), b.id())).orElseThrow();
  }

  @Test
  void aCompletedRunLoadsAndTheNextRemovesWhatTheSourceNoLongerHas() {
    SyncOutcome first = sync(loading("ana", "bob"));
    SyncOutcome second = sync(loading("ana"));

    assertThat(first.status()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(first.itemsLoaded()).isEqualTo(2);
    assertThat(second.itemsRemoved()).isEqualTo(1);
    assertThat(names()).containsExactly("ana");
  }

  @Test
  void theFirstRealSyncRemovesTheDemoEstateSoTheyNeverMix() {
    DemoEstate.write(cache, DemoScale.DEMO, 42, Instant.parse("2026-11-23T00:00:00Z"));

    sync(loading("ana"));

    assertThat(names()).containsExactly("ana");
    assertThat(cache.demoInfo()).isEmpty();
    assertThat(cache.repository().sources()).extracting(Source::id).containsExactly(REALM.id());
  }

  @Test
  void skippedItemsLeaveTheRestLoadedAndAreListedInTheOutcomeAndTheHistory() {
    SyncOutcome outcome =
        sync(
            new FakeConnection(
                context -> {
                  context.skip("line 4: not JSON");
                  context.load(sink -> sink.add(user("ana")));
                }));

    assertThat(outcome.completed()).isTrue();
    assertThat(outcome.clean()).isFalse();
    assertThat(outcome.skipped()).containsExactly("line 4: not JSON");
    assertThat(names()).containsExactly("ana");
    assertThat(lastRun().error()).isEqualTo("skipped 1 item: line 4: not JSON");
  }

  @Test
  void aFetchFailureIsRecordedAndChangesNothing() {
    sync(loading("ana", "bob"));

    SyncOutcome failed =
        sync(
            new FakeConnection(
                context -> {
                  throw new SourceException(REALM.id(), "GET /users", "page 2", "HTTP 500");
                }));

    assertThat(failed.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(failed.error()).isEqualTo("keycloak:agents: GET /users (page 2): HTTP 500");
    assertThat(names()).containsExactlyInAnyOrder("ana", "bob");
    assertThat(lastRun().status()).isEqualTo(SyncStatus.FAILED);
    assertThat(lastRun().error()).contains("GET /users (page 2)");
  }

  @Test
  void aFailureHalfwayThroughTheLoadRollsBackWhatWasAdded() {
    sync(loading("ana", "bob"));

    SyncOutcome failed =
        sync(
            new FakeConnection(
                context ->
                    context.load(
                        sink -> {
                          sink.add(user("carol"));
                          throw new SourceException(REALM.id(), "GET /users", null, "malformed");
                        })));

    assertThat(failed.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(names()).containsExactlyInAnyOrder("ana", "bob");
  }

  @Test
  void anInvalidMappedItemFailsTheRunWithTheValidationMessage() {
    SyncOutcome failed =
        sync(
            new FakeConnection(
                context ->
                    context.load(
                        sink ->
                            sink.add(
                                new Identity(
                                    "x",
                                    REALM.id(),
                                    "x",
                                    IdentityKind.AGENT,
                                    " ",
                                    null,
                                    IdentityStatus.ENABLED,
                                    null,
                                    null,
                                    "",
                                    Map.of())))));

    assertThat(failed.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(failed.error()).contains("identity name");
  }

  @Test
  void aCancelledRunIsInterruptedAndChangesNothing() {
    sync(loading("ana"));
    Cancellation cancellation = new Cancellation();

    SyncOutcome cancelled =
        engine.sync(
            REALM,
            new FakeConnection(
                context -> {
                  context.phase("fetching users");
                  cancellation.cancel();
                  context.load(sink -> sink.add(user("bob")));
                }),
            SyncListener.SILENT,
            cancellation);

    assertThat(cancelled.status()).isEqualTo(SyncStatus.INTERRUPTED);
    assertThat(names()).containsExactly("ana");
    assertThat(lastRun().status()).isEqualTo(SyncStatus.INTERRUPTED);
  }

  @Test
  void progressNamesEachPhaseAndCountsItems() {
    List<SyncProgress> seen = new ArrayList<>();

    engine.sync(
        REALM,
        new FakeConnection(
            context -> {
              context.phase("fetching users");
              context.advance(2);
              context.load(sink -> sink.add(user("ana")));
            }),
        seen::add,
        new Cancellation());

    assertThat(seen)
        .extracting(SyncProgress::phase)
        .contains("fetching users", "loading", "removing what the source no longer has");
    assertThat(seen)
        .filteredOn(p -> p.phase().equals("fetching users"))
        .extracting(SyncProgress::items)
        .contains(2L);
  }

  @Test
  void anImportThatFailsBeforeNamingItsSourceLeavesNoRun() {
    FileImport broken =
        new FileImport() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public SourceKind kind() {
            return SourceKind.KEYCLOAK;
          }

          @Override
          public String description() {
            return "always fails";
          }

          @Override
          public void read(Path file, String sourceId, SyncContext context) {
            throw new SourceException("broken", file.toString(), "line 1", "not JSON");
          }
        };

    SyncOutcome outcome =
        engine.importFile(
            broken, dir.resolve("x.json"), null, SyncListener.SILENT, new Cancellation());

    assertThat(outcome.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(outcome.error()).endsWith("(line 1): not JSON");
    assertThat(cache.repository().syncRuns()).isEmpty();
  }

  private record FakeConnection(java.util.function.Consumer<SyncContext> work)
      implements SourceConnection {
    @Override
    public String test() {
      return "fake";
    }

    @Override
    public void sync(SyncContext context) {
      work.accept(context);
    }
  }
}
