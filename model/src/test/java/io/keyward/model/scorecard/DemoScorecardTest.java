package io.keyward.model.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.cache.Cache;
import io.keyward.model.demo.DemoEstate;
import io.keyward.model.demo.DemoScale;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoScorecardTest {
  static final Instant AS_OF = Instant.parse("2026-11-23T09:00:00Z");
  @TempDir Path dir;

  @Test
  void print() {
    try (Cache cache = Cache.open(dir.resolve("c.db"), Clock.fixed(AS_OF, ZoneOffset.UTC))) {
      DemoEstate.write(cache, DemoScale.DEMO, 42, AS_OF);
      Scorecard s =
          Scorecard.compute(EstateLoader.load(cache), Scope.All.INSTANCE, Thresholds.DEFAULTS);
      System.out.println("LEVEL " + s.level());
      for (Finding f : s.findings()) {
        System.out.println(
            f.id() + " " + f.status() + " checked=" + f.checked() + " :: " + f.explanation());
        for (Evidence e : f.evidence()) {
          System.out.println(
              "   "
                  + e.kind()
                  + " "
                  + e.what()
                  + " "
                  + e.count()
                  + " "
                  + e.ids().subList(0, Math.min(6, e.count())));
        }
      }
      assertThat(s.level()).isEqualTo(MaturityStep.AD_HOC);
    }
  }
}
