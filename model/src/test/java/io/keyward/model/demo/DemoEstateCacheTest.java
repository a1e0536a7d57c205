package io.keyward.model.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.DemoInfo;
import io.keyward.model.cache.EstateStats;
import io.keyward.model.cache.Problem;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.SyncStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DEMO through the real SQLite cache: what the console shows on first start. */
class DemoEstateCacheTest {
  private static final long SEED = 20261123;

  @Test
  void demoLandsInTheCacheAsGenerated(@TempDir Path dir) {
    CollectedEstate expected = CollectedEstate.demo(SEED);
    Clock clock = Clock.fixed(CollectedEstate.AS_OF, ZoneOffset.UTC);

    try (Cache cache = Cache.open(dir.resolve("demo.db"), clock)) {
      DemoEstate.write(cache, DemoScale.DEMO, SEED, CollectedEstate.AS_OF);

      EstateStats stats = cache.repository().stats();
      assertThat(stats.identities()).isEqualTo(DemoScale.DEMO.identities());
      assertThat(stats.grants()).isEqualTo(DemoScale.DEMO.grants());
      assertThat(stats.credentials()).isEqualTo(expected.credentials.size());
      assertThat(stats.delegations()).isEqualTo(expected.delegations.size());
      assertThat(stats.resources()).isEqualTo(expected.resources.size());
      assertThat(stats.lineageRecords()).isEqualTo(expected.lineage.size());
      assertThat(stats.accessEvents()).isEqualTo(expected.events.size());
      assertThat(stats.alerts()).isEqualTo(expected.alerts.size());
      assertThat(stats.sources()).isEqualTo(expected.sources.size());
      assertThat(stats.identitiesByKind()).isEqualTo(countBy(expected, Identity::kind));
      assertThat(stats.identitiesBySource()).isEqualTo(countBy(expected, Identity::sourceId));

      assertThat(cache.repository().syncRuns())
          .hasSize(expected.sources.size())
          .allMatch(run -> run.status() == SyncStatus.COMPLETED);
      assertThat(cache.demoInfo()).contains(new DemoInfo(SEED, "demo", CollectedEstate.AS_OF));
      assertThat(cache.repository().problemCounts())
          .containsOnlyKeys(Problem.values())
          .allSatisfy((problem, count) -> assertThat(count).as(problem.name()).isPositive());
    }
  }

  @Test
  void removingTheDemoLeavesAnEmptyCacheThatIsNoLongerMarked(@TempDir Path dir) {
    try (Cache cache = Cache.open(dir.resolve("demo.db"))) {
      DemoEstate.write(cache, DemoScale.DEMO, SEED, CollectedEstate.AS_OF);

      assertThat(cache.removeDemo()).isTrue();

      EstateStats stats = cache.repository().stats();
      assertThat(stats.identities() + stats.credentials() + stats.grants() + stats.alerts())
          .isZero();
      assertThat(stats.sources()).isZero();
      assertThat(stats.syncRuns()).isZero();
      assertThat(cache.demoInfo()).isEmpty();
      assertThat(cache.removeDemo()).isFalse();
    }
  }

  @Test
  void removingOneSourceLeavesTheOthers(@TempDir Path dir) {
    try (Cache cache = Cache.open(dir.resolve("demo.db"))) {
      DemoEstate.write(cache, DemoScale.DEMO, SEED, CollectedEstate.AS_OF);
      EstateStats before = cache.repository().stats();
      long keycloakIdentities = before.identitiesBySource().get("keycloak:agents");

      cache.removeSource("keycloak:agents");

      EstateStats after = cache.repository().stats();
      assertThat(after.identitiesBySource()).doesNotContainKey("keycloak:agents");
      assertThat(after.identities()).isEqualTo(before.identities() - keycloakIdentities);
      assertThat(after.sources()).isEqualTo(before.sources() - 1);
      assertThat(cache.repository().syncRuns())
          .noneMatch(r -> r.sourceId().equals("keycloak:agents"));
    }
  }

  private static <K> Map<K, Long> countBy(CollectedEstate estate, Function<Identity, K> key) {
    return estate.identities.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }
}
