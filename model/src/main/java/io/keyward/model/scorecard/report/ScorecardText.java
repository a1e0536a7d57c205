package io.keyward.model.scorecard.report;

import io.keyward.model.scorecard.Evidence;
import io.keyward.model.scorecard.Finding;
import io.keyward.model.scorecard.MaturityStep;
import io.keyward.model.scorecard.NextMove;
import io.keyward.model.scorecard.ScoreReport;
import io.keyward.model.scorecard.Scorecard;
import java.util.Locale;
import java.util.stream.Collectors;

/** The scorecard for a terminal: level, every criterion with its numbers, what moves it up. */
public final class ScorecardText {
  private ScorecardText() {}

  public static String write(ScoreReport report) {
    Scorecard s = report.scorecard();
    StringBuilder out = new StringBuilder();
    out.append("Maturity: step ")
        .append(s.level().number())
        .append(" of 4, ")
        .append(s.level().title())
        .append("  (")
        .append(s.scope().label())
        .append(", ")
        .append(s.computedAt())
        .append(")\n");
    for (MaturityStep step : MaturityStep.values()) {
      if (step == MaturityStep.AD_HOC) {
        continue;
      }
      out.append('\n').append(step.number()).append(' ').append(step.title()).append('\n');
      for (Finding f : s.of(step)) {
        out.append(String.format(Locale.ROOT, "  %-7s %s%n", f.status(), f.criterion().title()));
        out.append("          ").append(f.explanation()).append('\n');
        if (!f.evidence().isEmpty()) {
          out.append("          evidence: ")
              .append(
                  f.evidence().stream()
                      .map(e -> e.kind().count(e.count()))
                      .collect(Collectors.joining(", ")))
              .append(" — e.g. ")
              .append(example(report, f.evidence().get(0)))
              .append('\n');
        }
      }
    }
    s.next()
        .ifPresent(
            next -> {
              out.append("\nTo reach ").append(next.title()).append(", cheapest first:\n");
              int n = 1;
              for (NextMove move : s.nextMoves()) {
                out.append(
                    String.format(
                        Locale.ROOT,
                        "  %d. [%s] %s: %s%n",
                        n++,
                        move.size(),
                        move.finding().criterion().title(),
                        move.action()));
              }
            });
    return out.toString().stripTrailing();
  }

  private static String example(ScoreReport report, Evidence evidence) {
    return report.names().of(evidence.kind(), evidence.ids().get(0));
  }
}
