package io.keyward.model.cache;

import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.Severity;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which alerts a table shows; empty text and nulls mean "any".
 *
 * @param text matched against title, type and the identity's name
 * @param minSeverity only alerts at least this severe
 * @param matched true for alerts mapped to an identity or credential, false for unmatched ones
 * @param ids only the items with these ids; empty means any
 */
public record AlertFilter(
    String text,
    @Nullable Severity minSeverity,
    @Nullable AlertStatus status,
    @Nullable String sourceId,
    @Nullable Boolean matched,
    Set<String> ids) {

  public static final AlertFilter ALL = new AlertFilter("", null, null, null, null, Set.of());

  public AlertFilter {
    ids = Set.copyOf(ids);
  }

  public AlertFilter withText(String newText) {
    return new AlertFilter(newText, minSeverity, status, sourceId, matched, ids);
  }

  public AlertFilter withMinSeverity(@Nullable Severity severity) {
    return new AlertFilter(text, severity, status, sourceId, matched, ids);
  }

  public AlertFilter withStatus(@Nullable AlertStatus newStatus) {
    return new AlertFilter(text, minSeverity, newStatus, sourceId, matched, ids);
  }

  public AlertFilter withSource(@Nullable String newSourceId) {
    return new AlertFilter(text, minSeverity, status, newSourceId, matched, ids);
  }

  public AlertFilter withMatched(@Nullable Boolean isMatched) {
    return new AlertFilter(text, minSeverity, status, sourceId, isMatched, ids);
  }

  /** Exactly these alerts, e.g. the evidence of a scorecard criterion; empty means any. */
  public AlertFilter withIds(Set<String> newIds) {
    return new AlertFilter(text, minSeverity, status, sourceId, matched, newIds);
  }
}
