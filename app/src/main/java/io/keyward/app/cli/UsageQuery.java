package io.keyward.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.EstateRepository;
import io.keyward.model.scorecard.Estate;
import io.keyward.model.scorecard.EstateLoader;
import io.keyward.model.scorecard.Scoring;
import io.keyward.model.usage.UsageAnalysis;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What the usage commands share: {@code --cache}, {@code --days} (default: the scorecard profile's
 * unused-grant days), {@code --json}, loading the estate once.
 */
abstract class UsageQuery implements Callable<Integer> {
  @Mixin CacheOption cache = new CacheOption();

  @Option(names = "--json", description = "Print JSON (a stable contract, see docs/usage.md).")
  boolean json;

  @Option(
      names = "--days",
      paramLabel = "N",
      description = "The window: unused means not used in N days (default: the scorecard's, 90).")
  @Nullable Integer days;

  @Spec CommandSpec spec;

  @Override
  public final Integer call() {
    String output;
    try (OpenedCache read = ExistingCache.read(cache.file())) {
      Cache opened = read.cache();
      int window = days != null ? days : Scoring.thresholds(opened.repository()).unusedGrantDays();
      Estate estate = EstateLoader.load(opened);
      Loaded loaded = new Loaded(estate, estate.usage(window), opened.repository());
      output = json ? GraphJson.write(toJson(loaded)) : toText(loaded);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(output);
    out.flush();
    return 0;
  }

  abstract ObjectNode toJson(Loaded loaded);

  abstract String toText(Loaded loaded);

  /** The estate, its usage over the window, and the open cache for looking identities up. */
  record Loaded(Estate estate, UsageAnalysis usage, EstateRepository repository) {}
}
