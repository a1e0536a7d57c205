package io.keyward.model.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.SyncSession;
import io.keyward.model.demo.DemoEstate;
import io.keyward.model.demo.DemoScale;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index loaded from a cache answers blast radius exactly as a recursive CTE on that cache. */
class GraphCrossCheckTest {
  @TempDir Path dir;

  @Test
  void agreesWithTheSqlOnTheDemoEstate() throws Exception {
    Path file = dir.resolve("demo.db");
    try (Cache cache = Cache.open(file)) {
      DemoEstate.write(cache, DemoScale.DEMO, 7, Estate.NOW);
    }
    crossCheck(file, 80);
  }

  @Test
  void agreesWithTheSqlOnRandomGraphsWithCyclesNestingAndExpiry() throws Exception {
    for (long seed = 1; seed <= 3; seed++) {
      Path file = dir.resolve("random-" + seed + ".db");
      try (Cache cache = Cache.open(file)) {
        writeRandom(cache, new SplittableRandom(seed));
      }
      crossCheck(file, 60);
    }
  }

  private static void crossCheck(Path file, int samples) throws Exception {
    GraphIndex graph;
    try (Cache cache = Cache.open(file)) {
      graph = GraphIndex.load(cache.repository(), Estate.NOW);
    }
    BlastRadii radii = new BlastRadii(graph);
    List<GraphNode> identities = graph.nodes().stream().filter(n -> !n.external()).toList();
    SplittableRandom pick = new SplittableRandom(99);
    try (SqliteReach sql = new SqliteReach(file, Estate.NOW)) {
      for (int i = 0; i < samples; i++) {
        String id = identities.get(pick.nextInt(identities.size())).id();
        BlastRadius radius = radii.of(id);
        assertThat(radius.identities().stream().map(r -> r.node().id()).collect(toSorted()))
            .as("identities reached from %s", id)
            .isEqualTo(sql.identities(id));
        assertThat(
                radius.grants().stream()
                    .map(g -> g.permission() + " " + g.resource())
                    .collect(toSorted()))
            .as("grants reached from %s", id)
            .isEqualTo(sql.grants(id));
      }
    }
  }

  private static java.util.stream.Collector<String, ?, Set<String>> toSorted() {
    return Collectors.toCollection(TreeSet::new);
  }

  /** 200 principals, 500 random hops of every kind (cycles included), some expired. */
  private static void writeRandom(Cache cache, SplittableRandom random) {
    Source source = new Source("rnd", SourceKind.KEYCLOAK, "random", "test");
    IdentityKind[] kinds = IdentityKind.values();
    DelegationKind[] edges = DelegationKind.values();
    try (SyncSession s = cache.beginSync(source)) {
      for (int i = 0; i < 200; i++) {
        s.add(
            new Identity(
                "p" + i,
                "rnd",
                "x" + i,
                kinds[random.nextInt(kinds.length)],
                "p" + i,
                null,
                IdentityStatus.ENABLED,
                null,
                null,
                "test",
                Map.of()));
        for (int g = 0; g < random.nextInt(4); g++) {
          s.add(
              new Grant(
                  "g" + i + "-" + g,
                  "rnd",
                  "p" + i,
                  "perm" + random.nextInt(15),
                  "res" + random.nextInt(10),
                  Privilege.READ,
                  GrantOrigin.DIRECT,
                  null,
                  null,
                  null));
        }
      }
      for (int e = 0; e < 500; e++) {
        int from = random.nextInt(200);
        int to = random.nextInt(200);
        if (from == to) {
          continue;
        }
        Instant expires =
            random.nextInt(10) == 0
                ? Estate.NOW.minus(Duration.ofHours(1 + random.nextInt(5)))
                : null;
        s.add(
            new Delegation(
                "e" + e,
                "rnd",
                "p" + from,
                "p" + to,
                edges[random.nextInt(edges.length)],
                List.of(),
                random.nextInt(5) == 0 ? "cond" : null,
                expires));
      }
      s.complete();
    }
  }
}
