package io.keyward.app.cli;

import static io.keyward.app.cli.ScoreCliTest.run;
import static io.keyward.app.cli.UsageCliTest.PRICING;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.app.cli.ScoreCliTest.Run;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** keyward timeline on the demo estate. */
class TimelineCliTest extends OnDemoCache {
  private static final String PRICING_KEY = PRICING + "/key-1";

  @Test
  void anIdentitysTimelineListsWhatHappenedOldestFirstAndSaysWhatItCannotShow() throws Exception {
    Run text = run("timeline", "pricing-agent", "--cache", cache);
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out())
        .startsWith("pricing-agent (" + PRICING + "): ")
        .contains(
            "IDENTITY_CREATED     pricing-agent created",
            "CREDENTIAL_CREATED   pricing-agent key 1 created",
            "ALERT                [MEDIUM] Access key not rotated in 90 days",
            "s3:GetObject on arn:aws:s3:::demo-corp-lake/* denied",
            "Note: Grant removals are not shown");

    JsonNode json = json("timeline", PRICING, "--json", "--cache", cache);
    assertThat(json.get("subject").get("name").asText()).isEqualTo("pricing-agent");
    assertThat(json.get("days").isNull()).isTrue();
    List<Instant> times = times(json);
    assertThat(times).hasSizeGreaterThan(3).isSortedAccordingTo(Comparator.naturalOrder());
    assertThat(json.get("entries"))
        .anySatisfy(e -> assertThat(e.get("severity").asText()).isEqualTo("MEDIUM"));
    assertThat(json.get("limits")).hasSize(1);
  }

  @Test
  void aCredentialIdGivesThatCredentialsOwnTimeline() throws Exception {
    JsonNode json = json("timeline", PRICING_KEY, "--json", "--cache", cache);

    assertThat(json.get("subject").get("id").asText()).isEqualTo(PRICING_KEY);
    assertThat(json.get("entries"))
        .extracting(e -> e.get("kind").asText())
        .contains("CREDENTIAL_CREATED", "CREDENTIAL_LAST_USED")
        .doesNotContain("IDENTITY_CREATED");
  }

  @Test
  void daysKeepsOnlyTheRecentEntries() throws Exception {
    int all = json("timeline", PRICING, "--json", "--cache", cache).get("entries").size();
    JsonNode week = json("timeline", PRICING, "--json", "--days", "7", "--cache", cache);

    assertThat(week.get("days").asInt()).isEqualTo(7);
    assertThat(times(week))
        .isNotEmpty()
        .hasSizeLessThan(all)
        .allSatisfy(t -> assertThat(t).isAfter(Instant.now().minus(Duration.ofDays(8))));
  }

  @Test
  void anUnknownOrAmbiguousTargetOrBadWindowIsOneLine() {
    Run missing = run("timeline", "nobody-at-all", "--cache", cache);
    assertThat(missing.exit()).isNotZero();
    assertThat(missing.err().strip())
        .startsWith("keyward: no identity, credential or alert matches 'nobody-at-all'");
    Run ambiguous = run("timeline", "forecast-agent-3", "--cache", cache);
    assertThat(ambiguous.exit()).isNotZero();
    assertThat(ambiguous.err().strip()).startsWith("keyward: 'forecast-agent-3' is ambiguous");
    Run zero = run("timeline", "pricing-agent", "--days", "0", "--cache", cache);
    assertThat(zero.exit()).isNotZero();
    assertThat(zero.err().strip()).isEqualTo("keyward: --days is at least 1, not 0");
  }

  private static List<Instant> times(JsonNode json) {
    List<Instant> times = new ArrayList<>();
    json.get("entries").forEach(e -> times.add(Instant.parse(e.get("time").asText())));
    return times;
  }
}
