package io.keyward.model.timeline;

import io.keyward.model.domain.Severity;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened, worded for the analyst.
 *
 * @param severity how urgent it is, for alerts; null for everything else
 * @param itemId the cache id of what the entry is about (alert, event, credential, revocation)
 */
public record TimelineEntry(
    Instant time,
    TimelineEntryKind kind,
    String title,
    String detail,
    @Nullable Severity severity,
    String itemId) {

  public TimelineEntry {
    Objects.requireNonNull(time, "timeline entry time");
    Objects.requireNonNull(kind, "timeline entry kind");
    Objects.requireNonNull(title, "timeline entry title");
    Objects.requireNonNull(detail, "timeline entry detail");
    Objects.requireNonNull(itemId, "timeline entry item");
  }
}
