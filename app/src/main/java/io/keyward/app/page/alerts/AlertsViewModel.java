package io.keyward.app.page.alerts;

import io.keyward.app.format.Display;
import io.keyward.app.format.Tone;
import io.keyward.app.format.Tones;
import io.keyward.app.page.PageContext;
import io.keyward.app.page.inventory.Choices;
import io.keyward.app.page.inventory.Column;
import io.keyward.app.page.inventory.FilterField;
import io.keyward.app.page.inventory.FilterField.Choice;
import io.keyward.app.page.inventory.InventoryDefinition;
import io.keyward.app.page.inventory.InventoryViewModel;
import io.keyward.app.page.inventory.Names;
import io.keyward.model.cache.AlertFilter;
import io.keyward.model.cache.AlertSort;
import io.keyward.model.cache.Sort;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.Severity;
import java.util.ArrayList;
import java.util.List;

/** Alerts from the feeds, matched to identities or left visibly unmatched. */
public final class AlertsViewModel extends InventoryViewModel<AlertFilter, Alert> {
  /** The time-range filter's choices, in hours. */
  static final List<Choice<Integer>> TIME_RANGES =
      List.of(
          new Choice<>("Any time", null),
          new Choice<>("Last hour", 1),
          new Choice<>("Last 24 hours", 24),
          new Choice<>("Last 7 days", 24 * 7),
          new Choice<>("Last 30 days", 24 * 30));

  private final AlertDetailViewModel detail;

  public AlertsViewModel(PageContext context, int limit) {
    super(definition(context), context.tasks(), limit);
    detail =
        new AlertDetailViewModel(
            context.repository(), context.tasks(), context.clock(), context::sourceName);
    detail.follow(selected());
  }

  /** The selected alert in full, and the timelines of what it concerns. */
  public AlertDetailViewModel detail() {
    return detail;
  }

  /**
   * Who an alert concerns as the table says it: the matched identity, else the holder of the
   * matched credential, else "Unmatched".
   */
  static String subject(Alert alert, Names names) {
    if (alert.identityId() != null) {
      return names.of(alert.identityId());
    }
    if (alert.credentialId() != null) {
      String holder = names.of(alert.credentialId());
      return holder.equals(alert.credentialId())
          ? "Credential " + holder
          : holder + " (credential)";
    }
    return "Unmatched";
  }

  /** The type filter's choices: every type in the cache, by its short name. */
  static List<Choice<String>> typeChoices(List<String> types) {
    List<Choice<String>> choices = new ArrayList<>();
    choices.add(new Choice<>("Any", null));
    types.forEach(type -> choices.add(new Choice<>(Alert.shortType(type), type)));
    return choices;
  }

  static InventoryDefinition<AlertFilter, Alert> definition(PageContext context) {
    List<Column<Alert>> columns =
        List.of(
            Column.<Alert>of("Time", 185, alert -> Display.instant(alert.time()))
                .sortedIn(Sort.ascending(AlertSort.TIME)),
            Column.<Alert>of("Severity", 95, alert -> Display.words(alert.severity()))
                .toned(alert -> Tones.of(alert.severity()))
                .sortedIn(Sort.ascending(AlertSort.SEVERITY)),
            Column.<Alert>of("Title", 340, Alert::title).sortedIn(Sort.ascending(AlertSort.TITLE)),
            Column.<Alert>of("Identity", 170, AlertsViewModel::subject)
                .toned(alert -> alert.matched() ? null : Tone.MUTED)
                .sortedIn(Sort.ascending(AlertSort.IDENTITY)),
            Column.<Alert>of("Status", 85, alert -> Display.words(alert.status()))
                .toned(alert -> Tones.of(alert.status()))
                .sortedIn(Sort.ascending(AlertSort.STATUS)),
            Column.<Alert>of("Type", 200, Alert::shortType)
                .sortedIn(Sort.ascending(AlertSort.TYPE)),
            Column.<Alert>of("Source", 180, alert -> context.sourceName(alert.sourceId()))
                .sortedIn(Sort.ascending(AlertSort.SOURCE)));
    List<FilterField<AlertFilter>> filters =
        List.of(
            new FilterField.Pick<>(
                "Severity",
                List.of(
                    new Choice<>("Any", null),
                    new Choice<>("Low and up", Severity.LOW),
                    new Choice<>("Medium and up", Severity.MEDIUM),
                    new Choice<>("High and up", Severity.HIGH),
                    new Choice<>("Critical", Severity.CRITICAL)),
                AlertFilter::minSeverity,
                AlertFilter::withMinSeverity),
            new FilterField.Pick<>(
                "Type",
                typeChoices(context.repository().alertTypes()),
                AlertFilter::type,
                AlertFilter::withType),
            new FilterField.Pick<>(
                "Time", TIME_RANGES, AlertFilter::withinHours, AlertFilter::withinHours),
            new FilterField.Pick<>(
                "Status",
                Choices.of(AlertStatus.values()),
                AlertFilter::status,
                AlertFilter::withStatus),
            new FilterField.Pick<>(
                "Mapping",
                List.of(
                    new Choice<>("Any", null),
                    new Choice<>("Matched", true),
                    new Choice<>("Unmatched", false)),
                AlertFilter::matched,
                AlertFilter::withMatched),
            new FilterField.Pick<>(
                "Source",
                Choices.sources(context.sources()),
                AlertFilter::sourceId,
                AlertFilter::withSource));
    return new InventoryDefinition<>(
        "alert",
        "alerts",
        AlertFilter.ALL,
        AlertFilter::text,
        AlertFilter::withText,
        AlertSort.DEFAULT,
        (filter, sort, limit) ->
            context.repository().alerts(filter, sort.of(AlertSort.class), limit),
        columns,
        filters);
  }
}
