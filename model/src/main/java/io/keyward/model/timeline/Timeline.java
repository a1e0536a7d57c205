package io.keyward.model.timeline;

import java.time.Instant;
import java.util.List;

/**
 * What happened to one identity or credential, oldest first.
 *
 * @param subjectId the cache id of the identity or credential
 * @param subjectName how the analyst knows it
 * @param limits what the timeline cannot show and why, so an empty stretch is not read as "nothing
 *     happened"
 */
public record Timeline(
    String subjectId, String subjectName, List<TimelineEntry> entries, List<String> limits) {

  public Timeline {
    entries = List.copyOf(entries);
    limits = List.copyOf(limits);
  }

  /** The same timeline with only the entries at or after {@code from}. */
  public Timeline since(Instant from) {
    return new Timeline(
        subjectId,
        subjectName,
        entries.stream().filter(e -> !e.time().isBefore(from)).toList(),
        limits);
  }
}
