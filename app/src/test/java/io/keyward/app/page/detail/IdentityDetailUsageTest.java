package io.keyward.app.page.detail;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.TestEstate;
import io.keyward.app.task.InlineBackgroundTasks;
import io.keyward.model.cache.Cache;
import io.keyward.model.usage.GrantUse;
import io.keyward.model.usage.UsageStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The identity detail shows used vs granted, judged from the identity's slice of the cache. */
class IdentityDetailUsageTest {
  @TempDir Path dir;

  @Test
  void heldGrantsComeWithTheirUseAndClearWithTheSelection() {
    try (Cache cache = TestEstate.create(dir.resolve("cache.db"), 0)) {
      IdentityDetailViewModel detail =
          new IdentityDetailViewModel(
              cache.repository(), new InlineBackgroundTasks(), TestEstate.CLOCK);

      detail.show("triage-agent");
      assertThat(detail.usageDays()).isEqualTo(90);
      assertThat(detail.usage().get().held())
          .filteredOn(g -> g.grant().id().equals("g-admin"))
          .singleElement()
          .satisfies(
              g -> {
                assertThat(g.status()).isEqualTo(UsageStatus.UNUSED);
                assertThat(g.evidence()).startsWith("never used, as its source reports");
              });
      GrantUse admin =
          detail.usage().get().held().stream()
              .filter(g -> g.grant().id().equals("g-admin"))
              .findFirst()
              .orElseThrow();
      DetailLine line = UsageSection.line(admin);
      assertThat(line.badge()).isEqualTo("Unused");
      assertThat(line.title()).isEqualTo("* on *");
      assertThat(line.tone()).isEqualTo(io.keyward.app.format.Tone.WARNING);

      detail.show(null);
      assertThat(detail.usage().get()).isNull();
    }
  }
}
