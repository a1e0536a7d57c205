package io.keyward.model.timeline;

import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A timeline as plain text for a ticket or a chat: a header, one line per entry (time, kind,
 * severity, title) with its facts indented below, then what the timeline cannot show. The CLI
 * prints it and the console copies it, so both say the same.
 */
public final class TimelineText {
  private static final int INDENT = 22;

  private TimelineText() {}

  public static String of(Timeline timeline) {
    return of(timeline, "");
  }

  /**
   * @param scope what narrows the entries, for the header, e.g. {@code " in the last 7 days"}
   */
  public static String of(Timeline timeline, String scope) {
    StringBuilder out = new StringBuilder();
    int count = timeline.entries().size();
    out.append(
        String.format(
            Locale.ROOT,
            "%s (%s): %s%s, oldest first%n",
            timeline.subjectName(),
            timeline.subjectId(),
            count == 1 ? "1 entry" : count + " entries",
            scope));
    for (TimelineEntry entry : timeline.entries()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%s  %-20s %s%s%n",
              entry.time().truncatedTo(ChronoUnit.SECONDS),
              entry.kind().name(),
              entry.severity() == null ? "" : "[" + entry.severity().name() + "] ",
              entry.title()));
      if (!entry.detail().isBlank()) {
        out.append(" ".repeat(INDENT)).append(entry.detail()).append(System.lineSeparator());
      }
    }
    timeline
        .limits()
        .forEach(limit -> out.append("Note: ").append(limit).append(System.lineSeparator()));
    return out.toString().stripTrailing();
  }
}
