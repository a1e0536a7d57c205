package io.keyward.model.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.domain.Severity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTextTest {
  private static final Timeline TIMELINE =
      new Timeline(
          "aws:1:user/bot",
          "bot",
          List.of(
              new TimelineEntry(
                  Instant.parse("2026-11-01T08:00:00.250Z"),
                  TimelineEntryKind.CREDENTIAL_CREATED,
                  "bot key 1 created",
                  "Access key · never expires",
                  null,
                  "k1"),
              new TimelineEntry(
                  Instant.parse("2026-11-20T09:30:00Z"),
                  TimelineEntryKind.ALERT,
                  "Key used from a new country",
                  "",
                  Severity.HIGH,
                  "a1")),
          List.of("Grant changes are not shown."));

  @Test
  void oneLinePerEntryFactsIndentedBelowThenWhatItCannotShow() {
    String nl = System.lineSeparator();
    assertThat(TimelineText.of(TIMELINE))
        .isEqualTo(
            "bot (aws:1:user/bot): 2 entries, oldest first"
                + nl
                + "2026-11-01T08:00:00Z  CREDENTIAL_CREATED   bot key 1 created"
                + nl
                + "                      Access key · never expires"
                + nl
                + "2026-11-20T09:30:00Z  ALERT                [HIGH] Key used from a new country"
                + nl
                + "Note: Grant changes are not shown.");
  }

  @Test
  void sinceKeepsTheLaterEntriesAndTheLimits() {
    Timeline recent = TIMELINE.since(Instant.parse("2026-11-20T09:30:00Z"));

    assertThat(recent.entries()).extracting(TimelineEntry::itemId).containsExactly("a1");
    assertThat(recent.limits()).isEqualTo(TIMELINE.limits());
    assertThat(TimelineText.of(recent, " in the last 7 days"))
        .startsWith("bot (aws:1:user/bot): 1 entry in the last 7 days, oldest first");
  }
}
