package io.keyward.app.page.detail;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.TestEstate;
import io.keyward.app.task.InlineBackgroundTasks;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.StoredPolicy;
import io.keyward.model.scorecard.PolicyViolation;
import io.keyward.model.scorecard.ViolationKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The identity detail lists how an agent breaks the policy that governs it. */
class IdentityDetailViolationsTest {
  @TempDir Path dir;

  @Test
  void anAgentWithAPolicyShowsItsViolationsOthersShowNone() {
    try (Cache cache = TestEstate.create(dir.resolve("cache.db"), 0)) {
      cache.savePolicies(
          List.of(
              new StoredPolicy(
                  "triage-agent",
                  "{\"ai_agent_id\":\"triage-agent\",\"owner_id\":\"alice.nguyen\","
                      + "\"access_level\":\"read_only\"}",
                  TestEstate.NOW)));
      IdentityDetailViewModel detail =
          new IdentityDetailViewModel(
              cache.repository(), new InlineBackgroundTasks(), TestEstate.CLOCK);

      detail.show("triage-agent");
      assertThat(detail.problem().get()).isEmpty();
      assertThat(detail.detail().get()).isNotNull();
      assertThat(detail.violations())
          .extracting(PolicyViolation::kind)
          .containsExactly(ViolationKind.ACCESS_LEVEL);
      assertThat(DetailLine.of(detail.violations().get(0)).badge()).isEqualTo("Access level");

      detail.show("invoice-agent");
      assertThat(detail.violations()).isEmpty();
      detail.show(null);
      assertThat(detail.violations()).isEmpty();
    }
  }
}
