package io.keyward.model.cache;

import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.Severity;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which alerts a table shows; empty text and nulls mean "any".
 *
 * @param text matched against title, type and the name of the identity (or credential holder)
 * @param minSeverity only alerts at least this severe
 * @param matched true for alerts mapped to an identity or credential, false for unmatched ones
 * @param type only alerts of exactly this feed type (a GuardDuty type, a CAEP event-type URI)
 * @param withinHours only alerts raised at most this many hours before now
 * @param ids only the items with these ids; empty means any
 */
public record AlertFilter(
    String text,
    @Nullable Severity minSeverity,
    @Nullable AlertStatus status,
    @Nullable String sourceId,
    @Nullable Boolean matched,
    @Nullable String type,
    @Nullable Integer withinHours,
    Set<String> ids) {

  public static final AlertFilter ALL =
      new AlertFilter("", null, null, null, null, null, null, Set.of());

  public AlertFilter {
    ids = Set.copyOf(ids);
  }

  public AlertFilter withText(String newText) {
    return new AlertFilter(newText, minSeverity, status, sourceId, matched, type, withinHours, ids);
  }

  public AlertFilter withMinSeverity(@Nullable Severity severity) {
    return new AlertFilter(text, severity, status, sourceId, matched, type, withinHours, ids);
  }

  public AlertFilter withStatus(@Nullable AlertStatus newStatus) {
    return new AlertFilter(text, minSeverity, newStatus, sourceId, matched, type, withinHours, ids);
  }

  public AlertFilter withSource(@Nullable String newSourceId) {
    return new AlertFilter(text, minSeverity, status, newSourceId, matched, type, withinHours, ids);
  }

  public AlertFilter withMatched(@Nullable Boolean isMatched) {
    return new AlertFilter(text, minSeverity, status, sourceId, isMatched, type, withinHours, ids);
  }

  public AlertFilter withType(@Nullable String newType) {
    return new AlertFilter(text, minSeverity, status, sourceId, matched, newType, withinHours, ids);
  }

  public AlertFilter withinHours(@Nullable Integer hours) {
    return new AlertFilter(text, minSeverity, status, sourceId, matched, type, hours, ids);
  }

  /** Exactly these alerts, e.g. the evidence of a scorecard criterion; empty means any. */
  public AlertFilter withIds(Set<String> newIds) {
    return new AlertFilter(text, minSeverity, status, sourceId, matched, type, withinHours, newIds);
  }
}
