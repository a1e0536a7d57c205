package io.keyward.app.page.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.TestEstate;
import io.keyward.app.page.PageContext;
import io.keyward.app.page.detail.IdentityDetailViewModel;
import io.keyward.app.page.inventory.FilterField;
import io.keyward.app.page.inventory.FilterField.Choice;
import io.keyward.app.task.InlineBackgroundTasks;
import io.keyward.model.cache.AlertFilter;
import io.keyward.model.cache.Cache;
import io.keyward.model.domain.Alert;
import io.keyward.model.timeline.TimelineEntry;
import io.keyward.model.timeline.TimelineEntryKind;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertsViewModelTest {
  @TempDir Path dir;
  private Cache cache;
  private PageContext context;
  private AlertsViewModel viewModel;

  @BeforeEach
  void open() {
    cache = AlertsEstate.create(dir.resolve("cache.db"));
    context =
        new PageContext(
            cache.repository(),
            cache.repository().sources(),
            new InlineBackgroundTasks(),
            TestEstate.CLOCK);
    viewModel = new AlertsViewModel(context, 1000);
    viewModel.activate();
  }

  @AfterEach
  void close() {
    cache.close();
  }

  private Alert row(String title) {
    return viewModel.visibleRows().stream()
        .filter(a -> a.title().equals(title))
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private <V> FilterField.Pick<AlertFilter, V> pick(String label) {
    return (FilterField.Pick<AlertFilter, V>)
        viewModel.definition().filters().stream()
            .filter(f -> f.label().equals(label))
            .findFirst()
            .orElseThrow();
  }

  private String cell(String header, Alert alert) {
    return viewModel.definition().columns().stream()
        .filter(c -> c.header().equals(header))
        .findFirst()
        .orElseThrow()
        .text()
        .of(alert, viewModel.names());
  }

  @Test
  void typesReadByTheirShortNameAndACredentialOnlyAlertByItsHolder() {
    Alert caep = row(AlertsEstate.TITLE);

    assertThat(cell("Type", caep)).isEqualTo("credential-change");
    assertThat(cell("Identity", caep)).isEqualTo("trainer (credential)");
    assertThat(cell("Identity", row("Key used from Tor exit"))).isEqualTo("Unmatched");
    FilterField.Pick<AlertFilter, String> type = pick("Type");
    assertThat(type.choices())
        .extracting(Choice::label)
        .containsExactly(
            "Any", "UnauthorizedAccess:IAMUser/AnomalousBehavior", "credential-change");
  }

  @Test
  void filtersByTypeAndTimeRange() {
    FilterField.Pick<AlertFilter, String> type = pick("Type");
    viewModel.setFilter(
        type.write().apply(viewModel.filter().get(), AlertsEstate.CREDENTIAL_CHANGE));
    assertThat(viewModel.visibleRows())
        .extracting(Alert::title)
        .containsExactly(AlertsEstate.TITLE);

    viewModel.clearFilters();
    FilterField.Pick<AlertFilter, Integer> time = pick("Time");
    viewModel.setFilter(time.write().apply(viewModel.filter().get(), 1));
    assertThat(viewModel.visibleRows())
        .extracting(Alert::title)
        .containsExactly(AlertsEstate.TITLE);
    viewModel.setFilter(time.write().apply(viewModel.filter().get(), 24 * 7));
    assertThat(viewModel.visibleRows()).hasSize(4);
  }

  @Test
  void theDetailShowsTheHolderTheCredentialAndTheRawEventWithoutItsSecret() {
    viewModel.selected().set(row(AlertsEstate.TITLE));

    AlertDetail detail = viewModel.detail().detail().get();
    assertThat(detail.identity().name()).isEqualTo("trainer");
    assertThat(detail.credential().id()).isEqualTo("trainer-key");
    assertThat(detail.sourceName()).isEqualTo("Shared Signals from sso");
    assertThat(detail.event())
        .contains("\n  \"jti\" : \"jti-1\"")
        .contains("[redacted]")
        .doesNotContain("hunter2");
  }

  @Test
  void theCredentialsTimelineHoldsTheAlertAfterTheKeysCreation() {
    viewModel.selected().set(row(AlertsEstate.TITLE));

    viewModel.detail().openCredentialTimeline();

    var timeline = viewModel.detail().timeline().timeline().get();
    assertThat(timeline.subjectName()).isEqualTo("trainer-key");
    assertThat(timeline.entries())
        .extracting(TimelineEntry::kind)
        .containsExactly(
            TimelineEntryKind.CREDENTIAL_CREATED,
            TimelineEntryKind.CREDENTIAL_LAST_USED,
            TimelineEntryKind.ALERT);

    viewModel.selected().set(row("Unusual API calls"));
    assertThat(viewModel.detail().timeline().timeline().get()).isNull(); // back to the detail
  }

  @Test
  void theIdentityDetailOpensTheIdentitysTimeline() {
    IdentityDetailViewModel identity =
        new IdentityDetailViewModel(
            cache.repository(), new InlineBackgroundTasks(), TestEstate.CLOCK);
    identity.show("trainer");

    identity.openTimeline();

    var timeline = identity.timeline().timeline().get();
    assertThat(timeline.subjectName()).isEqualTo("trainer");
    assertThat(timeline.entries())
        .extracting(TimelineEntry::title)
        .contains("New region", AlertsEstate.TITLE, "trainer created");
    identity.show("alice.nguyen");
    assertThat(identity.timeline().timeline().get()).isNull();
  }
}
