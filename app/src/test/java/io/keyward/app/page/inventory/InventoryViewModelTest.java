package io.keyward.app.page.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.TestEstate;
import io.keyward.app.page.PageContext;
import io.keyward.app.page.identities.IdentitiesViewModel;
import io.keyward.app.task.BackgroundTask;
import io.keyward.app.task.BackgroundTasks;
import io.keyward.app.task.InlineBackgroundTasks;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.IdentityFilter;
import io.keyward.model.cache.IdentitySort;
import io.keyward.model.cache.Problem;
import io.keyward.model.cache.Sort;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generic inventory view model, exercised through the identities inventory on a real cache. */
class InventoryViewModelTest {
  @TempDir Path dir;
  private Cache cache;
  private InlineBackgroundTasks tasks;

  @BeforeEach
  void openCache() {
    cache = TestEstate.create(dir.resolve("cache.db"), 0);
    tasks = new InlineBackgroundTasks();
  }

  @AfterEach
  void closeCache() {
    cache.close();
  }

  private IdentitiesViewModel identities(BackgroundTasks backgroundTasks, int limit) {
    PageContext context =
        new PageContext(
            cache.repository(), cache.repository().sources(), backgroundTasks, TestEstate.CLOCK);
    return new IdentitiesViewModel(context, limit);
  }

  private static List<String> names(InventoryViewModel<?, Identity> viewModel) {
    return viewModel.visibleRows().stream().map(Identity::name).sorted().toList();
  }

  @Test
  void loadsOnFirstActivationOnly() {
    IdentitiesViewModel viewModel = identities(tasks, 1000);
    assertThat(tasks.submitted()).isZero();

    viewModel.activate();
    viewModel.activate();

    assertThat(tasks.submitted()).isEqualTo(1);
    assertThat(viewModel.visibleRows()).hasSize(TestEstate.HUMANS + TestEstate.NAMED_NON_HUMANS);
    assertThat(viewModel.countLine().get()).isEqualTo("13 identities");
    assertThat(viewModel.loading().get()).isFalse();
  }

  @Test
  void searchNarrowsTheRows() {
    IdentitiesViewModel viewModel = identities(tasks, 1000);
    viewModel.activate();

    viewModel.search("review");

    assertThat(names(viewModel)).containsExactly("code-review-agent");
    assertThat(viewModel.countLine().get()).isEqualTo("1 identity");
  }

  @Test
  void saysWhenTheTableHoldsOnlyTheFirstMatches() {
    IdentitiesViewModel viewModel = identities(tasks, 3);

    viewModel.activate();

    assertThat(viewModel.visibleRows()).hasSize(3);
    assertThat(viewModel.countLine().get())
        .isEqualTo("first 3 of 13 identities — narrow the filters");
  }

  @Test
  void changingTheSortQueriesAgainInThatOrder() {
    IdentitiesViewModel viewModel = identities(tasks, 1000);
    viewModel.activate();
    assertThat(viewModel.sort().get()).isEqualTo(IdentitySort.DEFAULT);

    viewModel.sortBy(Sort.descending(IdentitySort.NAME));

    assertThat(tasks.submitted()).isEqualTo(2);
    assertThat(viewModel.sort().get()).isEqualTo(Sort.descending(IdentitySort.NAME));
    assertThat(visibleNames(viewModel))
        .isSortedAccordingTo(Comparator.<String>naturalOrder().reversed())
        .hasSize(13);

    viewModel.sortBy(Sort.descending(IdentitySort.NAME));
    assertThat(tasks.submitted()).isEqualTo(2);

    viewModel.sortBy(null);
    assertThat(tasks.submitted()).isEqualTo(3);
    assertThat(viewModel.sort().get()).isEqualTo(IdentitySort.DEFAULT);
    assertThat(visibleNames(viewModel)).isSorted();
  }

  @Test
  void aTruncatedPageSortedDescendingShowsTheTrueTopRows() {
    IdentitiesViewModel everyRow = identities(tasks, 1000);
    everyRow.activate();
    List<String> everyName = visibleNames(everyRow);
    List<String> trueTop = everyName.stream().sorted(Comparator.reverseOrder()).limit(3).toList();
    IdentitiesViewModel viewModel = identities(tasks, 3);
    viewModel.activate();
    List<String> loadedRowsReversed =
        visibleNames(viewModel).stream().sorted(Comparator.reverseOrder()).toList();
    // Otherwise the test could not tell a database sort from sorting the rows held.
    assertThat(loadedRowsReversed).isNotEqualTo(trueTop);

    viewModel.sortBy(Sort.descending(IdentitySort.NAME));

    assertThat(visibleNames(viewModel)).isEqualTo(trueTop);
    assertThat(viewModel.countLine().get())
        .isEqualTo("first 3 of 13 identities — narrow the filters");
  }

  @Test
  void sortingBeforeTheFirstLoadOnlyRecordsTheOrder() {
    IdentitiesViewModel viewModel = identities(tasks, 1000);

    viewModel.sortBy(Sort.ascending(IdentitySort.CREATED));

    assertThat(tasks.submitted()).isZero();
    viewModel.activate();
    assertThat(tasks.submitted()).isEqualTo(1);
    assertThat(viewModel.visibleRows())
        .extracting(Identity::createdAt)
        .isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));
  }

  private static List<String> visibleNames(InventoryViewModel<?, Identity> viewModel) {
    return viewModel.visibleRows().stream().map(Identity::name).toList();
  }

  @Test
  void presetAppliesExactlyTheProblemsFilterAndStaysWhileOnlyTheTextChanges() {
    IdentitiesViewModel viewModel = identities(tasks, 1000);

    viewModel.applyPreset(new Preset<>("Ownerless agents", Problem.agentsWithoutOwner()));

    assertThat(viewModel.filter().get()).isEqualTo(Problem.agentsWithoutOwner());
    assertThat(names(viewModel)).containsExactly("invoice-agent", "triage-agent");
    viewModel.search("triage");
    assertThat(viewModel.preset().get()).isNotNull();
    assertThat(names(viewModel)).containsExactly("triage-agent");

    viewModel.setFilter(viewModel.filter().get().withStatus(IdentityStatus.DISABLED));
    assertThat(viewModel.preset().get()).isNull();
  }

  @Test
  void removingThePresetKeepsTheSearchText() {
    IdentitiesViewModel viewModel = identities(tasks, 1000);
    viewModel.applyPreset(new Preset<>("Ownerless agents", Problem.agentsWithoutOwner()));
    viewModel.search("agent");

    viewModel.removePreset();

    assertThat(viewModel.preset().get()).isNull();
    assertThat(viewModel.filter().get()).isEqualTo(IdentityFilter.ALL.withText("agent"));
    assertThat(names(viewModel))
        .containsExactly(
            "code-review-agent",
            "invoice-agent",
            "labeler-agent",
            "research-agent",
            "triage-agent");
  }

  @Test
  void clearingReturnsToEveryRow() {
    IdentitiesViewModel viewModel = identities(tasks, 1000);
    viewModel.setFilter(IdentityFilter.ALL.withKinds(Set.of(IdentityKind.HUMAN)).withText("a"));
    assertThat(viewModel.narrowed()).isTrue();

    viewModel.clearFilters();

    assertThat(viewModel.narrowed()).isFalse();
    assertThat(viewModel.visibleRows()).hasSize(13);
  }

  @Test
  void emptyResultHasAZeroCountAndNoProblem() {
    IdentitiesViewModel viewModel = identities(tasks, 1000);

    viewModel.search("no such identity");

    assertThat(viewModel.visibleRows()).isEmpty();
    assertThat(viewModel.countLine().get()).isEqualTo("0 identities");
    assertThat(viewModel.problem().get()).isEmpty();
  }

  @Test
  void aNewerQuerySupersedesAnOlderOneStillRunning() {
    DeferredTasks deferred = new DeferredTasks();
    IdentitiesViewModel viewModel = identities(deferred, 1000);

    viewModel.search("agent");
    viewModel.search("trainer");
    deferred.runAll();

    assertThat(names(viewModel)).containsExactly("trainer");
    assertThat(viewModel.loading().get()).isFalse();
  }

  @Test
  void aFailedQueryIsReportedInsteadOfRows() {
    IdentitiesViewModel viewModel = identities(tasks, 1000);
    viewModel.activate();
    cache.close();

    viewModel.reload();

    assertThat(viewModel.visibleRows()).isEmpty();
    assertThat(viewModel.problem().get()).startsWith("Could not load identities: ");
  }

  @Test
  void selectingARowLoadsItsIdentityDetail() {
    IdentitiesViewModel viewModel = identities(tasks, 1000);
    viewModel.search("code-review");

    viewModel.selectFirst();

    var detail = viewModel.detail().detail().get();
    assertThat(detail).isNotNull();
    assertThat(detail.identity().name()).isEqualTo("code-review-agent");
    assertThat(detail.owner()).extracting(Identity::name).isEqualTo("alice.nguyen");
    assertThat(detail.credentials()).extracting(c -> c.id()).containsExactly("review-token");

    viewModel.selected().set(null);
    assertThat(viewModel.detail().detail().get()).isNull();
  }

  @Test
  void exportsTheVisibleRowsInTheirVisibleOrder() throws Exception {
    IdentitiesViewModel viewModel = identities(tasks, 1000);
    viewModel.search("agent");
    viewModel.sortBy(Sort.descending(IdentitySort.NAME));
    Path file = dir.resolve("out.csv");

    viewModel.exportCsv(file);

    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0)).isEqualTo("Name,Kind,Source,Owner,Status,Age,Created,External id");
    assertThat(lines).hasSize(6);
    assertThat(lines.get(1)).startsWith("triage-agent,Agent,AWS production,No owner,Enabled,40 d,");
    assertThat(lines.get(5)).startsWith("code-review-agent,Agent,AWS production,alice.nguyen,");
    assertThat(viewModel.notice().get()).isEqualTo("Exported 5 identities to out.csv");
  }

  /** Queues jobs until told to run them, honouring cancellation as the FX implementation does. */
  private static final class DeferredTasks implements BackgroundTasks {
    private final List<Runnable> queued = new ArrayList<>();

    @Override
    public <T> BackgroundTask submit(
        Job<T> job, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
      BackgroundTask task = new BackgroundTask();
      queued.add(
          () -> {
            if (task.cancelled()) {
              return;
            }
            try {
              onSuccess.accept(job.run(null));
            } catch (Exception e) {
              onFailure.accept(e);
            }
          });
      return task;
    }

    void runAll() {
      // Oldest last, so a stale result would overwrite the newer one if it were not cancelled.
      for (int i = queued.size() - 1; i >= 0; i--) {
        queued.get(i).run();
      }
      queued.clear();
    }
  }
}
