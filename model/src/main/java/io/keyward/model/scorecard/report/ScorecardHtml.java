package io.keyward.model.scorecard.report;

import io.keyward.model.policy.AgentPolicy;
import io.keyward.model.scorecard.Control;
import io.keyward.model.scorecard.Evidence;
import io.keyward.model.scorecard.Finding;
import io.keyward.model.scorecard.MaturityStep;
import io.keyward.model.scorecard.NextMove;
import io.keyward.model.scorecard.PolicyViolation;
import io.keyward.model.scorecard.Risk;
import io.keyward.model.scorecard.ScoreReport;
import io.keyward.model.scorecard.Scorecard;
import io.keyward.model.scorecard.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The scorecard as one self-contained HTML file: styles and the chart inline, no script, no
 * network, readable in any browser and printable.
 */
public final class ScorecardHtml {
  /** How many evidence items each criterion lists by name; the count says how many there are. */
  static final int TOP_ITEMS = 5;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private ScorecardHtml() {}

  public static String write(ScoreReport report) {
    Scorecard s = report.scorecard();
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw("<title>")
        .text("Keyward maturity scorecard — " + s.scope().label())
        .raw("</title>\n<style>\n")
        .raw(stylesheet())
        .raw("</style>\n</head>\n<body>\n<main>\n");
    header(h, s);
    summary(h, s);
    nextMoves(h, s);
    criteria(h, report);
    risks(h, s);
    policies(h, report);
    history(h, report);
    footer(h, s);
    h.raw("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void header(Html h, Scorecard s) {
    h.raw("<header><div class=\"brand\">Keyward</div><div>")
        .element("h1", "", "Maturity scorecard")
        .raw("<p class=\"muted\">")
        .text(s.scope().label() + " · computed " + WHEN.format(s.computedAt()))
        .raw("</p></div></header>\n");
  }

  private static void summary(Html h, Scorecard s) {
    h.raw("<section class=\"summary\"><div class=\"level\">")
        .element("div", "eyebrow", "Current level")
        .raw("<div class=\"level-name\">")
        .element("span", "level-number", s.level().number())
        .text(" " + s.level().title())
        .raw("</div>")
        .element("p", "muted", s.level().summary())
        .raw("<div class=\"counts\">");
    for (Status status : Status.values()) {
      h.raw("<span class=\"count " + cls(status) + "\">")
          .element("b", "", s.count(status))
          .text(" " + status.name().toLowerCase(Locale.ROOT))
          .raw("</span>");
    }
    h.raw("</div></div><ol class=\"gauge\" aria-label=\"Four maturity steps\">");
    for (MaturityStep step : MaturityStep.values()) {
      String state =
          step.compareTo(s.level()) < 0 ? "reached" : step == s.level() ? "reached current" : "";
      List<Finding> findings = s.of(step);
      long passing = findings.stream().filter(f -> f.status() == Status.PASS).count();
      h.raw("<li class=\"" + state + "\">")
          .element("span", "step-number", "Step " + step.number())
          .element("span", "step-title", step.title())
          .element(
              "span",
              "step-count",
              findings.isEmpty()
                  ? "the starting point"
                  : passing + " of " + findings.size() + " criteria pass")
          .raw("</li>");
    }
    h.raw("</ol></section>\n");
  }

  private static void nextMoves(Html h, Scorecard s) {
    if (s.next().isEmpty()) {
      h.raw(
          "<section><h2>Top step reached</h2><p>Every criterion passes. Keep it so.</p></section>\n");
      return;
    }
    h.raw("<section><h2>")
        .text("What moves you to " + s.next().get().title())
        .raw(
            "</h2><p class=\"muted\">Cheapest first: effort per item times the items to fix;"
                + " an unknown criterion first needs a source that can show it.</p><ol class=\"moves\">");
    for (NextMove move : s.nextMoves()) {
      Finding f = move.finding();
      h.raw("<li>")
          .element(
              "span",
              "size size-" + move.size().name().toLowerCase(Locale.ROOT),
              move.size().name().toLowerCase(Locale.ROOT) + " effort")
          .raw("<div>")
          .element("strong", "", f.criterion().title())
          .raw(" ")
          .element("span", "badge " + cls(f.status()), f.status().name())
          .element("p", "", move.action())
          .element("p", "muted small", f.explanation())
          .raw("</div></li>");
    }
    h.raw("</ol></section>\n");
  }

  private static void criteria(Html h, ScoreReport report) {
    Scorecard s = report.scorecard();
    h.raw("<section><h2>Criteria</h2>");
    for (MaturityStep step : MaturityStep.values()) {
      if (step == MaturityStep.AD_HOC) {
        continue;
      }
      List<Finding> findings = s.of(step);
      long passing = findings.stream().filter(f -> f.status() == Status.PASS).count();
      h.raw("<h3>")
          .text(step.number() + " · " + step.title())
          .raw(" ")
          .element("span", "muted small", passing + " of " + findings.size() + " pass")
          .raw(
              "</h3><table class=\"criteria\"><thead><tr><th>Status</th><th>Criterion</th>"
                  + "<th>Evidence</th></tr></thead><tbody>");
      for (Finding f : findings) {
        criterion(h, report, f);
      }
      h.raw("</tbody></table>");
    }
    h.raw("</section>\n");
  }

  private static void criterion(Html h, ScoreReport report, Finding f) {
    h.raw("<tr id=\"" + Html.escape(f.id()) + "\"><td>")
        .element("span", "badge " + cls(f.status()), f.status().name())
        .raw("</td><td>")
        .element("div", "criterion-title", f.criterion().title())
        .element("p", "", f.explanation());
    if (f.status() != Status.PASS) {
      h.raw("<p class=\"remedy\"><b>Remediation.</b> ")
          .text(f.criterion().remediation())
          .raw("</p>");
    }
    h.raw("<p class=\"controls\">")
        .text(
            f.criterion().risks().stream()
                .sorted()
                .map(Risk::title)
                .collect(Collectors.joining(" · ")))
        .raw(" — ")
        .text(
            f.criterion().controls().stream()
                .map(Control::reference)
                .collect(Collectors.joining(", ")))
        .raw("</p></td><td class=\"evidence\">");
    if (f.evidence().isEmpty()) {
      h.element("span", "muted", f.checked() == 0 ? "—" : f.checked() + " checked");
    }
    for (Evidence e : f.evidence()) {
      h.raw("<div class=\"evidence-group\">")
          .element("b", "", e.kind().count(e.count()))
          .element("span", "muted", " " + e.what())
          .raw("<ul>");
      for (String id : e.ids().subList(0, Math.min(TOP_ITEMS, e.count()))) {
        h.raw("<li title=\"" + Html.escape(id) + "\">")
            .text(report.names().of(e.kind(), id))
            .raw("</li>");
      }
      if (e.count() > TOP_ITEMS) {
        h.element("li", "muted", "… and " + (e.count() - TOP_ITEMS) + " more");
      }
      h.raw("</ul></div>");
    }
    h.raw("</td></tr>");
  }

  private static void risks(Html h, Scorecard s) {
    h.raw("<section><h2>Risks</h2><div class=\"risks\">");
    for (Map.Entry<Risk, List<Finding>> risk : s.openByRisk().entrySet()) {
      List<Finding> open = risk.getValue();
      h.raw("<div class=\"risk " + (open.isEmpty() ? "ok" : "open") + "\">")
          .element("div", "risk-title", risk.getKey().title())
          .element("p", "muted small", risk.getKey().question())
          .element(
              "div",
              "risk-count",
              open.isEmpty() ? "No open criterion" : open.size() + " open criteria")
          .raw("<ul>");
      open.forEach(
          f ->
              h.raw("<li><a href=\"#" + Html.escape(f.id()) + "\">")
                  .text(f.criterion().title())
                  .raw("</a></li>"));
      h.raw("</ul></div>");
    }
    h.raw("</div></section>\n");
  }

  private static void policies(Html h, ScoreReport report) {
    h.raw("<section><h2>Agent policies</h2>");
    if (report.policies().isEmpty()) {
      h.element("p", "muted", "No agent policy is imported (keyward policy import FILE).");
      h.raw("</section>\n");
      return;
    }
    h.raw(
        "<table class=\"policies\"><thead><tr><th>Agent</th><th>Owner</th><th>Access level</th>"
            + "<th>Violations</th></tr></thead><tbody>");
    for (AgentPolicy policy : report.policies()) {
      List<PolicyViolation> violations =
          report.scorecard().violations().stream()
              .filter(v -> v.policyAgentId().equals(policy.agentId()))
              .toList();
      h.raw("<tr><td>")
          .element("b", "", policy.agentId())
          .raw("</td><td>")
          .text(policy.ownerId())
          .raw("</td><td>")
          .text(policy.accessLevel().jsonName())
          .raw("</td><td>");
      if (violations.isEmpty()) {
        h.element("span", "badge pass", "keeps to it");
      } else {
        h.raw("<ul class=\"violations\">");
        violations.forEach(
            v ->
                h.raw("<li>")
                    .element("b", "", v.kind().title())
                    .text(": " + v.detail())
                    .raw("</li>"));
        h.raw("</ul>");
      }
      h.raw("</td></tr>");
    }
    h.raw("</tbody></table></section>\n");
  }

  private static void history(Html h, ScoreReport report) {
    h.raw("<section><h2>Progress over time</h2>");
    h.raw(HistoryChart.svg(report.history(), report.scorecard().findings().size()));
    h.element(
        "p",
        "muted small",
        report.history().size() <= 1
            ? "One score so far. Each sync that changes the estate adds a point when it is scored."
            : report.history().size()
                + " scores, one per estate state (sync) that was scored."
                + " Line: level; bars: passing criteria.");
    h.raw("</section>\n");
  }

  private static void footer(Html h, Scorecard s) {
    h.raw("<footer><h2>Thresholds used</h2><pre>")
        .text(s.thresholds().toJson())
        .raw(
            "</pre><p class=\"muted small\">Generated by Keyward from its local cache. Statuses:"
                + " PASS, FAIL, or UNKNOWN when no connected source could show the criterion; a step"
                + " is reached only when all its criteria and those below pass.</p></footer>\n");
  }

  private static String cls(Status status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  private static String stylesheet() {
    try (InputStream in = ScorecardHtml.class.getResourceAsStream("scorecard.css")) {
      if (in == null) {
        throw new IllegalStateException("missing scorecard.css");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
