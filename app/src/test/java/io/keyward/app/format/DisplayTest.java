package io.keyward.app.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.domain.IdentityKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DisplayTest {
  private static final Instant NOW = Instant.parse("2026-11-23T09:42:31Z");

  @Test
  void instantsAreMinutesInUtc() {
    assertThat(Display.instant(NOW)).isEqualTo("2026-11-23 09:42 UTC");
    assertThat(Display.instant(null)).isEqualTo("—");
  }

  @Test
  void agesAreWholeDays() {
    assertThat(Display.days(Instant.parse("2023-08-01T09:00:00Z"), NOW)).isEqualTo("1,210 d");
    assertThat(Display.days(null, NOW)).isEqualTo("—");
    assertThat(Display.dayCount(null, NOW)).isEqualTo(-1);
  }

  @Test
  void countsAreGroupedAndPluralised() {
    assertThat(Display.count(1_000_000)).isEqualTo("1,000,000");
    assertThat(Display.count(1, "identity", "identities")).isEqualTo("1 identity");
    assertThat(Display.count(1234, "identity", "identities")).isEqualTo("1,234 identities");
  }

  @Test
  void enumsReadAsWords() {
    assertThat(Display.words(IdentityKind.SERVICE_ACCOUNT)).isEqualTo("Service account");
    assertThat(Display.words(IdentityKind.AGENT)).isEqualTo("Agent");
  }
}
