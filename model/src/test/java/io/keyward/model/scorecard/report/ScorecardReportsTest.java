package io.keyward.model.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.ScoreEntry;
import io.keyward.model.demo.DemoEstate;
import io.keyward.model.demo.DemoScale;
import io.keyward.model.scorecard.Criteria;
import io.keyward.model.scorecard.Scope;
import io.keyward.model.scorecard.ScoreReport;
import io.keyward.model.scorecard.Scoring;
import io.keyward.model.scorecard.Thresholds;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three formats on the demo estate: what each must contain. */
class ScorecardReportsTest {
  static final Instant AS_OF = Instant.parse("2026-11-23T09:00:00Z");
  @TempDir static Path dir;
  static ScoreReport report;

  @BeforeAll
  static void score() {
    try (Cache cache = Cache.open(dir.resolve("demo.db"), Clock.fixed(AS_OF, ZoneOffset.UTC))) {
      DemoEstate.write(cache, DemoScale.DEMO, 42, AS_OF);
      report = Scoring.report(cache, Scope.All.INSTANCE, Thresholds.DEFAULTS);
    }
  }

  @Test
  void jsonHasTheLevelAndEveryCriterionWithStatusAndEvidenceIds() throws Exception {
    JsonNode json = new ObjectMapper().readTree(ScorecardJson.write(report));
    assertThat(json.get("format").asInt()).isEqualTo(1);
    assertThat(json.get("scope").asText()).isEqualTo("all");
    assertThat(json.get("level").get("number").asInt()).isEqualTo(1);
    assertThat(json.get("level").get("name").asText()).isEqualTo("AD_HOC");
    assertThat(json.get("next").get("name").asText()).isEqualTo("FOUNDATION");
    assertThat(json.get("criteria")).hasSize(Criteria.ALL.size());
    List<String> ids = new ArrayList<>();
    for (JsonNode c : json.get("criteria")) {
      ids.add(c.get("id").asText());
      for (String key :
          List.of(
              "step",
              "stepNumber",
              "title",
              "status",
              "explanation",
              "remediation",
              "checked",
              "effort",
              "risks",
              "controls",
              "evidence")) {
        assertThat(c.has(key)).as(c.get("id") + "." + key).isTrue();
      }
      if (c.get("status").asText().equals("FAIL")) {
        assertThat(c.get("evidence")).as(c.get("id").asText()).isNotEmpty();
        JsonNode first = c.get("evidence").get(0);
        assertThat(first.get("ids")).hasSize(first.get("count").asInt());
      }
    }
    assertThat(ids)
        .containsExactlyElementsOf(Criteria.ALL.stream().map(c -> c.info().id()).toList());
    JsonNode own = json.get("criteria").get(0);
    assertThat(own.get("evidence").get(0).get("kind").asText()).isEqualTo("IDENTITY");
    assertThat(own.get("evidence").get(0).get("ids").get(0).asText())
        .isEqualTo("hf:demo-corp-ml:user/marco-rossi");
    assertThat(json.get("nextMoves")).hasSize(5);
    assertThat(json.get("risks").fieldNames())
        .toIterable()
        .containsExactly(
            "ACCOUNTABILITY", "LEAST_PRIVILEGE", "ABUSE_PREVENTION", "DATA_SAFEGUARDING");
    assertThat(json.get("policyViolations")).hasSize(7);
    assertThat(json.get("thresholds").get("maxStaticKeyAgeDays").asInt()).isEqualTo(90);
    assertThat(json.get("history")).hasSize(1);
    assertThat(json.get("history").get(0).get("FAIL").asInt()).isEqualTo(17);
  }

  @Test
  void textLeadsWithTheLevelAndEndsWithTheNextMoves() {
    String text = ScorecardText.write(report);
    assertThat(text)
        .startsWith("Maturity: step 1 of 4, Ad hoc  (Whole estate, 2026-11-23T09:00:00Z)");
    assertThat(text).contains("2 Foundation", "3 Enhanced", "4 Adaptive");
    assertThat(text).contains("evidence: 1 identity — e.g. marco-rossi (human)");
    assertThat(text).contains("To reach Foundation, cheapest first:\n  1. [");
  }

  @Test
  void htmlIsSelfContainedAndHasEverySection() {
    String html = ScorecardHtml.write(report);
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    // Nothing to fetch: no scripts, links, external images or fonts.
    assertThat(html)
        .doesNotContain("<script", "<link", "src=", "http://", "https://", "@import", "url(");
    assertThat(html)
        .contains(
            "<title>Keyward maturity scorecard — Whole estate</title>",
            "<span class=\"level-number\">1</span> Ad hoc",
            "What moves you to Foundation",
            "<h2>Criteria</h2>",
            "2 · Foundation",
            "3 · Enhanced",
            "4 · Adaptive",
            "<h2>Risks</h2>",
            "<h2>Agent policies</h2>",
            "<h2>Progress over time</h2>",
            "<svg class=\"chart\"",
            "<h2>Thresholds used</h2>");
    for (var criterion : Criteria.ALL) {
      assertThat(html).contains("<tr id=\"" + criterion.info().id() + "\">");
    }
    // Evidence counts and the top items by name, the rest counted.
    assertThat(html).contains("<b>36 identities</b>", "… and 31 more", ">marco-rossi (human)</li>");
    assertThat(html)
        .contains("NIST CSF 2.0 PR.AA-01", "OWASP Non-Human Identities Top 10 (2025) NHI7");
    assertThat(html)
        .contains("<b>triage-agent</b>", "keeps to it", "<b>Access level</b>: Sites.ReadWrite.All");
  }

  @Test
  void htmlEscapesWhatSourcesWrote() {
    assertThat(Html.escape("<script>alert('x')</script> & \"q\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  }

  @Test
  void theChartHasOneColumnPerScoreWithTheLevelLine() {
    List<ScoreEntry> history =
        List.of(
            new ScoreEntry("all", 1, AS_OF, 1, Map.of("a", "FAIL", "b", "PASS")),
            new ScoreEntry(
                "all", 2, AS_OF.plusSeconds(86_400), 2, Map.of("a", "PASS", "b", "PASS")),
            new ScoreEntry(
                "all", 3, AS_OF.plusSeconds(172_800), 3, Map.of("a", "PASS", "b", "PASS")));
    String svg = HistoryChart.svg(history, 2);
    assertThat(svg)
        .contains(
            "<path class=\"level-line\"", "<title>Level 3</title>", "23 Nov 09:00", "25 Nov 09:00");
    assertThat(svg.split("<rect class=\"bar\"", -1)).hasSize(4);
    assertThat(HistoryChart.svg(List.of(), 17)).contains("<svg").doesNotContain("level-line");
  }
}
