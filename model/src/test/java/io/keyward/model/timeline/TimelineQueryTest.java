package io.keyward.model.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.cache.Cache;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineQueryTest {
  @TempDir Path dir;
  private Cache cache;
  private TimelineQuery query;

  @BeforeEach
  void open() throws Exception {
    cache = IncidentEstate.create(dir.resolve("cache.db"));
    query = new TimelineQuery(cache.repository(), IncidentEstate.CLOCK);
  }

  @AfterEach
  void close() {
    cache.close();
  }

  @Test
  void anIdentitysTimelineHoldsItsOwnAndItsCredentialsEventsOnly() {
    Timeline timeline = query.identity("trainer").orElseThrow();

    assertThat(timeline.entries())
        .extracting(TimelineEntry::itemId)
        .containsExactly(
            "trainer",
            "key-1",
            "key-1",
            "key-2",
            "session-1",
            "session-1",
            "ev-1",
            "gd-session",
            "key-2",
            "ev-2",
            "gd-identity",
            "rev-1");
    assertThat(timeline.entries().get(timeline.entries().size() - 1).title())
        .isEqualTo("Disable credential: Done");
  }

  @Test
  void aCredentialsTimelineHoldsThatCredentialAlone() {
    Timeline timeline = query.credential("session-1").orElseThrow();

    assertThat(timeline.subjectName()).isEqualTo("ASIAEXAMPLESESSION1");
    assertThat(timeline.entries())
        .extracting(TimelineEntry::itemId)
        .containsExactly("session-1", "session-1", "ev-1", "gd-session");
  }

  @Test
  void unknownSubjectsHaveNoTimeline() {
    assertThat(query.identity("nobody")).isEmpty();
    assertThat(query.credential("nothing")).isEmpty();
  }
}
