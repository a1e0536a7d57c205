package io.keyward.model.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Score history, agent policies and settings: kept by the cache, untouched by syncs. */
class ScorecardRecordsTest {
  @TempDir Path dir;

  static ScoreEntry entry(String scope, long run, int level, String status) {
    return new ScoreEntry(
        scope,
        run,
        Instant.parse("2026-11-23T09:00:00Z").plusSeconds(run),
        level,
        Map.of("a", status));
  }

  @Test
  void keepsOneScorePerScopeAndEstateStateInRunOrder() {
    try (Cache cache = Cache.open(dir.resolve("c.db"), SmallEstate.CLOCK)) {
      assertThat(cache.recordScore(entry("all", 2, 1, "FAIL"))).isTrue();
      cache.recordScore(entry("all", 1, 1, "FAIL"));
      cache.recordScore(entry("all", 2, 2, "PASS"));
      cache.recordScore(entry("tag:team=ml", 2, 3, "PASS"));
      assertThat(cache.repository().scoreHistory("all"))
          .extracting(ScoreEntry::syncRunId, ScoreEntry::level)
          .containsExactly(tuple(1L, 1), tuple(2L, 2));
      assertThat(cache.repository().scoreHistory("all").get(1).criteria())
          .containsEntry("a", "PASS");
      assertThat(cache.repository().scoreHistory("tag:team=ml")).hasSize(1);
    }
  }

  @Test
  void keepsCriteriaInTheirOrder() {
    try (Cache cache = Cache.open(dir.resolve("c.db"), SmallEstate.CLOCK)) {
      var ordered = new LinkedHashMap<String, String>();
      for (String id : List.of("z", "b", "m", "a")) {
        ordered.put(id, "PASS");
      }
      cache.recordScore(new ScoreEntry("all", 1, Instant.EPOCH, 1, ordered));
      assertThat(cache.repository().scoreHistory("all").get(0).criteria().keySet())
          .containsExactly("z", "b", "m", "a");
    }
  }

  @Test
  void aScoreIsNotRecordedWhileASyncHoldsTheWriteConnection() {
    try (Cache cache = Cache.open(dir.resolve("c.db"), SmallEstate.CLOCK);
        SyncSession session = cache.beginSync(SmallEstate.AWS)) {
      assertThat(cache.recordScore(entry("all", 1, 1, "FAIL"))).isFalse();
      assertThatThrownBy(() -> cache.putSetting("k", "v"))
          .isInstanceOf(IllegalStateException.class);
      session.complete();
    }
  }

  @Test
  void savesReplacesAndRemovesPolicies() {
    try (Cache cache = Cache.open(dir.resolve("c.db"), SmallEstate.CLOCK)) {
      Instant t = Instant.parse("2026-01-01T00:00:00Z");
      cache.savePolicies(
          List.of(new StoredPolicy("b", "{\"v\":1}", t), new StoredPolicy("a", "{}", t)));
      cache.savePolicies(List.of(new StoredPolicy("b", "{\"v\":2}", t.plusSeconds(5))));
      assertThat(cache.repository().policies())
          .extracting(StoredPolicy::agentId, StoredPolicy::document)
          .containsExactly(tuple("a", "{}"), tuple("b", "{\"v\":2}"));
      cache.removePolicy("a");
      assertThat(cache.repository().policies())
          .extracting(StoredPolicy::agentId)
          .containsExactly("b");
    }
  }

  @Test
  void settingsPersistAcrossOpens() {
    Path file = dir.resolve("c.db");
    try (Cache cache = Cache.open(file, SmallEstate.CLOCK)) {
      assertThat(cache.repository().setting("scorecard.thresholds")).isEmpty();
      cache.putSetting("scorecard.thresholds", "{\"maxStaticKeyAgeDays\":30}");
    }
    try (Cache cache = Cache.open(file, SmallEstate.CLOCK)) {
      assertThat(cache.repository().setting("scorecard.thresholds"))
          .contains("{\"maxStaticKeyAgeDays\":30}");
    }
  }

  @Test
  void removingTheDemoTakesItsPoliciesAndScoresAlong() {
    try (Cache cache = Cache.open(dir.resolve("c.db"), SmallEstate.CLOCK)) {
      cache.markDemo(new DemoInfo(1, "demo", Instant.EPOCH));
      cache.savePolicies(List.of(new StoredPolicy("a", "{}", Instant.EPOCH)));
      cache.recordScore(entry("all", 1, 1, "FAIL"));
      cache.removeDemo();
      assertThat(cache.repository().policies()).isEmpty();
      assertThat(cache.repository().scoreHistory("all")).isEmpty();
    }
  }

  @Test
  void readsTheWholeEstateAndTheLatestCompletedRun() {
    try (Cache cache = Cache.open(dir.resolve("c.db"), SmallEstate.CLOCK)) {
      assertThat(cache.repository().latestCompletedRun()).isZero();
      SmallEstate.load(cache);
      List<Object> items = new ArrayList<>();
      cache.repository().readEstate(new CollectingSink(items));
      assertThat(items).hasSize(Math.toIntExact(totalRows(cache.repository().stats())));
      assertThat(cache.repository().latestCompletedRun()).isPositive();
      assertThat(cache.repository().revocations()).isEmpty();
    }
  }

  private static long totalRows(EstateStats s) {
    return s.identities()
        + s.credentials()
        + s.grants()
        + s.delegations()
        + s.resources()
        + s.lineageRecords()
        + s.accessEvents()
        + s.alerts();
  }

  private record CollectingSink(List<Object> items) implements EstateSink {
    @Override
    public void add(Identity identity) {
      items.add(identity);
    }

    @Override
    public void add(Credential credential) {
      items.add(credential);
    }

    @Override
    public void add(Grant grant) {
      items.add(grant);
    }

    @Override
    public void add(Delegation delegation) {
      items.add(delegation);
    }

    @Override
    public void add(Resource resource) {
      items.add(resource);
    }

    @Override
    public void add(LineageRecord record) {
      items.add(record);
    }

    @Override
    public void add(AccessEvent event) {
      items.add(event);
    }

    @Override
    public void add(Alert alert) {
      items.add(alert);
    }
  }
}
