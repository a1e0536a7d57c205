package io.keyward.app.page.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.TestEstate;
import io.keyward.app.page.PageContext;
import io.keyward.app.task.InlineBackgroundTasks;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewViewModelTest {
  @TempDir Path dir;

  @Test
  void countsTheEstateAndEachProblem() {
    List<Problem> opened = new ArrayList<>();
    try (Cache cache = TestEstate.create(dir.resolve("cache.db"), 10)) {
      OverviewViewModel viewModel =
          new OverviewViewModel(
              new PageContext(
                  cache.repository(),
                  cache.repository().sources(),
                  new InlineBackgroundTasks(),
                  TestEstate.CLOCK),
              opened::add);

      viewModel.activate();

      assertThat(viewModel.stats().get().identities()).isEqualTo(23);
      assertThat(viewModel.problems())
          .containsExactly(
              new ProblemRow(Problem.STALE_KEYS, 2),
              new ProblemRow(Problem.AGENTS_WITHOUT_OWNER, 2),
              new ProblemRow(Problem.ADMIN_AGENTS, 1),
              new ProblemRow(Problem.UNUSED_GRANTS, 2),
              new ProblemRow(Problem.OPEN_ALERTS, 2));
      assertThat(viewModel.byKind())
          .contains(new CountRow("Agent", "", 15), new CountRow("Group", "", 0));
      assertThat(viewModel.bySource())
          .containsExactly(
              new CountRow("AWS production", "AWS IAM", 18),
              new CountRow("Contoso Entra", "Microsoft Entra ID", 5));

      viewModel.open(Problem.ADMIN_AGENTS);
      assertThat(opened).containsExactly(Problem.ADMIN_AGENTS);
    }
  }
}
