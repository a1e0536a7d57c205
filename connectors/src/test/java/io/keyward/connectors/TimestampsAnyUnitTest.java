package io.keyward.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsAnyUnitTest {
  private static final Instant AT = Instant.parse("2026-11-18T01:45:00Z");

  @Test
  void secondsMillisecondsAndIsoGiveTheSameInstant() {
    assertThat(Timestamps.anyUnit("1794966300", "t")).isEqualTo(AT);
    assertThat(Timestamps.anyUnit("1794966300000", "t")).isEqualTo(AT);
    assertThat(Timestamps.anyUnit("1794966300.75", "t")).isEqualTo(AT);
    assertThat(Timestamps.anyUnit("2026-11-18T01:45:00Z", "t")).isEqualTo(AT);
    assertThat(Timestamps.anyUnit("2026-11-18T03:45:00.000000000+02:00", "t")).isEqualTo(AT);
  }

  @Test
  void theUnitsAreToldApartBySize() {
    // 10^11 - 1 seconds is in the year 5138; 10^11 milliseconds is March 1973.
    assertThat(Timestamps.anyUnit("99999999999", "t"))
        .isEqualTo(Instant.ofEpochSecond(99999999999L));
    assertThat(Timestamps.anyUnit("100000000000", "t"))
        .isEqualTo(Instant.ofEpochMilli(100000000000L));
  }

  @Test
  void absentZeroAndSentinelsMeanNotRecorded() {
    assertThat(Timestamps.anyUnit(null, "t")).isNull();
    assertThat(Timestamps.anyUnit(" ", "t")).isNull();
    assertThat(Timestamps.anyUnit("0", "t")).isNull();
    assertThat(Timestamps.anyUnit("N/A", "t")).isNull();
  }

  @Test
  void anythingElseNamesTheField() {
    assertThatThrownBy(() -> Timestamps.anyUnit("soon", "eventTime"))
        .hasMessage("eventTime 'soon' is not an ISO-8601 time");
    assertThatThrownBy(() -> Timestamps.anyUnit("99999999999999999999", "t"))
        .hasMessageContaining("out of range");
  }
}
