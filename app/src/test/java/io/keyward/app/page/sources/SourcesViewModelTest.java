package io.keyward.app.page.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.TestEstate;
import io.keyward.app.page.PageContext;
import io.keyward.app.page.inventory.Names;
import io.keyward.app.task.InlineBackgroundTasks;
import io.keyward.model.cache.Cache;
import io.keyward.model.domain.SyncStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesViewModelTest {
  @TempDir Path dir;

  @Test
  void listsSourcesWithTheirLatestRunAndTheHistoryNewestFirst() {
    try (Cache cache = TestEstate.create(dir.resolve("cache.db"), 0)) {
      try (var failing = cache.beginSync(TestEstate.FEED)) {
        // Closed without completing: recorded as a failed run, nothing else changes.
      }
      SourcesViewModel viewModel =
          new SourcesViewModel(
              new PageContext(
                  cache.repository(),
                  cache.repository().sources(),
                  new InlineBackgroundTasks(),
                  TestEstate.CLOCK));

      viewModel.activate();

      assertThat(viewModel.sources()).hasSize(3);
      SourceRow feed =
          viewModel.sources().stream()
              .filter(row -> row.source().equals(TestEstate.FEED))
              .findFirst()
              .orElseThrow();
      assertThat(feed.lastRun().status()).isNotEqualTo(SyncStatus.COMPLETED);
      assertThat(viewModel.runs()).hasSize(4);
      assertThat(viewModel.runs().get(0).sourceId()).isEqualTo(TestEstate.FEED.id());
      var sourceName = viewModel.runColumns().get(0).text();
      assertThat(sourceName.of(viewModel.runs().get(0), Names.NONE))
          .isEqualTo("GuardDuty us-east-1");
    }
  }
}
