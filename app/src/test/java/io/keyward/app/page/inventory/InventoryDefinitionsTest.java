package io.keyward.app.page.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.TestEstate;
import io.keyward.app.page.PageContext;
import io.keyward.app.page.alerts.AlertsViewModel;
import io.keyward.app.page.credentials.CredentialsViewModel;
import io.keyward.app.page.delegations.DelegationsViewModel;
import io.keyward.app.page.grants.GrantsViewModel;
import io.keyward.app.task.InlineBackgroundTasks;
import io.keyward.model.cache.Cache;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each inventory's filter bar, driven as the view drives it (pick a choice by its label, flip a
 * toggle), against the test estate's known answers.
 */
class InventoryDefinitionsTest {
  @TempDir Path dir;
  private Cache cache;
  private PageContext context;

  @BeforeEach
  void openCache() {
    cache = TestEstate.create(dir.resolve("cache.db"), 0);
    context =
        new PageContext(
            cache.repository(),
            cache.repository().sources(),
            new InlineBackgroundTasks(),
            TestEstate.CLOCK);
  }

  @AfterEach
  void closeCache() {
    cache.close();
  }

  /** Picks the choice labelled {@code choice} in the filter labelled {@code label}. */
  private static <F> void pick(InventoryViewModel<F, ?> viewModel, String label, String choice) {
    FilterField<F> field = field(viewModel, label);
    pickFrom(viewModel, (FilterField.Pick<F, ?>) field, choice);
  }

  private static <F, V> void pickFrom(
      InventoryViewModel<F, ?> viewModel, FilterField.Pick<F, V> pick, String choice) {
    V value =
        pick.choices().stream()
            .filter(each -> each.label().equals(choice))
            .findFirst()
            .orElseThrow()
            .value();
    viewModel.setFilter(pick.write().apply(viewModel.filter().get(), value));
    assertThat(pick.current(viewModel.filter().get()).label()).isEqualTo(choice);
  }

  private static <F> void toggle(InventoryViewModel<F, ?> viewModel, String label) {
    FilterField.Toggle<F> toggle = (FilterField.Toggle<F>) field(viewModel, label);
    viewModel.setFilter(toggle.write().apply(viewModel.filter().get(), true));
    assertThat(toggle.read().test(viewModel.filter().get())).isTrue();
  }

  private static <F> FilterField<F> field(InventoryViewModel<F, ?> viewModel, String label) {
    return viewModel.definition().filters().stream()
        .filter(each -> each.label().equals(label))
        .findFirst()
        .orElseThrow();
  }

  private static <T> List<String> column(InventoryViewModel<?, T> viewModel, String header) {
    Column<T> column =
        viewModel.definition().columns().stream()
            .filter(each -> each.header().equals(header))
            .findFirst()
            .orElseThrow();
    return viewModel.visibleRows().stream()
        .map(row -> column.text().of(row, viewModel.names()))
        .sorted()
        .toList();
  }

  @Test
  void credentials() {
    CredentialsViewModel viewModel = new CredentialsViewModel(context, 1000);
    viewModel.activate();
    assertThat(viewModel.countLine().get()).isEqualTo("4 credentials");

    toggle(viewModel, "Static only");
    assertThat(column(viewModel, "Name"))
        .containsExactly("ci-deployer-key", "review-token", "trainer-key");
    assertThat(column(viewModel, "Key id"))
        .containsExactly("AKIACIDEPLOYERKEY", "AKIAREVIEWTOKEN", "AKIATRAINERKEY");

    pick(viewModel, "Age", "90+ days");
    pick(viewModel, "Holder kind", "Service account");
    assertThat(column(viewModel, "Holder")).containsExactly("ci-deployer", "trainer");
    assertThat(column(viewModel, "Expires")).containsOnly("Never");
  }

  @Test
  void grants() {
    GrantsViewModel viewModel = new GrantsViewModel(context, 1000);

    pick(viewModel, "Privilege", "Admin");
    assertThat(column(viewModel, "Principal")).containsExactly("DataScienceAdmin", "triage-agent");

    pick(viewModel, "Principal kind", "Agent");
    toggle(viewModel, "Wildcard only");
    assertThat(column(viewModel, "Principal")).containsExactly("triage-agent");

    viewModel.clearFilters();
    pick(viewModel, "Unused", "90+ days");
    assertThat(column(viewModel, "Principal")).containsExactly("trainer", "triage-agent");
  }

  @Test
  void delegations() {
    DelegationsViewModel viewModel = new DelegationsViewModel(context, 1000);

    pick(viewModel, "Kind", "Assume role");

    assertThat(column(viewModel, "From")).containsExactly("code-review-agent");
    assertThat(column(viewModel, "Acts through")).containsExactly("DataScienceAdmin");
  }

  @Test
  void alerts() {
    AlertsViewModel viewModel = new AlertsViewModel(context, 1000);

    pick(viewModel, "Severity", "High and up");
    assertThat(column(viewModel, "Title"))
        .containsExactly("Key used from Tor exit", "Unusual API calls");

    pick(viewModel, "Mapping", "Unmatched");
    assertThat(column(viewModel, "Identity")).containsExactly("Unmatched");

    viewModel.clearFilters();
    pick(viewModel, "Status", "Closed");
    assertThat(column(viewModel, "Identity")).containsExactly("trainer");
  }
}
