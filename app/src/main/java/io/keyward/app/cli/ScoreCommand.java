package io.keyward.app.cli;

import io.keyward.model.cache.Cache;
import io.keyward.model.scorecard.EstateLoader;
import io.keyward.model.scorecard.Scope;
import io.keyward.model.scorecard.ScoreReport;
import io.keyward.model.scorecard.Scoring;
import io.keyward.model.scorecard.Thresholds;
import io.keyward.model.scorecard.report.ScorecardHtml;
import io.keyward.model.scorecard.report.ScorecardJson;
import io.keyward.model.scorecard.report.ScorecardText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code keyward score}: the maturity scorecard as text, JSON or an HTML report. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Compute the maturity scorecard (ad hoc, foundation, enhanced, adaptive) and keep it in the"
          + " score history.",
      "JSON keys are a contract, listed in docs/scorecard.md."
    })
public final class ScoreCommand implements Callable<Integer> {
  @ParentCommand KeywardCommand parent;
  @Mixin CacheOption cache = new CacheOption();
  @Spec CommandSpec spec;

  @Option(
      names = "--scope",
      paramLabel = "SCOPE",
      defaultValue = "all",
      description = "all (default), source:ID or tag:KEY=VALUE (e.g. tag:team=ml-platform).")
  String scope;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text (default), json or html (one self-contained file).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  @Nullable Path out;

  @Option(
      names = "--thresholds",
      paramLabel = "FILE",
      description = "Thresholds profile (JSON) to use instead of the one kept in the cache.")
  @Nullable Path thresholds;

  @Override
  public Integer call() throws IOException {
    Scope parsed = Scope.parse(scope);
    if (!List.of("text", "json", "html").contains(format)) {
      throw new IllegalArgumentException("--format " + format + " is not one of: text, json, html");
    }
    ScoreReport report;
    try (OpenedCache read = ExistingCache.read(cache.file())) {
      Cache opened = read.cache();
      Thresholds profile =
          thresholds == null
              ? Scoring.thresholds(opened.repository())
              : Thresholds.parse(Files.readString(thresholds));
      report =
          Scoring.report(
              opened,
              EstateLoader.load(opened, parent.environment().connectors().revocableKinds()),
              parsed,
              profile);
    }
    String text =
        switch (format) {
          case "json" -> ScorecardJson.write(report);
          case "html" -> ScorecardHtml.write(report);
          default -> ScorecardText.write(report);
        };
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.println(text);
      stdout.flush();
    } else {
      Files.writeString(out, text);
      PrintWriter stderr = spec.commandLine().getErr();
      stderr.println(
          "Wrote the "
              + format
              + " scorecard to "
              + out
              + " (level "
              + report.scorecard().level().number()
              + ", "
              + report.scorecard().level().title()
              + ")");
      stderr.flush();
    }
    return 0;
  }
}
