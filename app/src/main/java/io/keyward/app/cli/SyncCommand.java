package io.keyward.app.cli;

import io.keyward.connectors.Connector;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncOutcome;
import io.keyward.model.cache.Cache;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code keyward sync [SOURCE...]}: syncs the named sources, or all, one after another. A source
 * that fails is reported and the rest go on; the exit code says whether any failed.
 */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    description = "Sync sources into the cache (all profiles when none is named).")
public final class SyncCommand implements Callable<Integer> {
  @ParentCommand KeywardCommand parent;
  @Mixin CacheOption cache = new CacheOption();
  @Mixin ProfilesOption profiles = new ProfilesOption();
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SOURCE", arity = "0..*", description = "Source ids to sync.")
  List<String> sourceIds = new ArrayList<>();

  @Override
  public Integer call() {
    CliEnvironment environment = parent.environment();
    ExistingCache.refuseSnapshot(cache.file());
    List<SourceProfile> chosen = chosen(environment);
    PrintWriter out = spec.commandLine().getOut();
    SyncProgressPrinter printer = new SyncProgressPrinter(out, environment.terminal());
    boolean allCompleted = true;
    try (Cache opened = Cache.open(cache.file());
        CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
      SyncEngine engine = new SyncEngine(opened);
      for (SourceProfile profile : chosen) {
        Connector connector = environment.connectors().forProfile(profile);
        SyncOutcome outcome;
        try {
          SourceConnection connection = connector.connect(profile, environment.connect());
          outcome =
              engine.sync(connector.source(profile), connection, printer, interrupt.cancellation());
        } catch (IllegalArgumentException e) {
          // Missing settings or credentials: this source cannot start, the others still can.
          out.println(profile.id() + ": cannot connect: " + e.getMessage());
          allCompleted = false;
          continue;
        }
        printer.finished(outcome);
        allCompleted &= outcome.clean();
      }
    }
    out.flush();
    return allCompleted ? 0 : UserErrors.FAILURE;
  }

  private List<SourceProfile> chosen(CliEnvironment environment) {
    List<SourceProfile> all = profiles.profiles(environment).list();
    if (sourceIds.isEmpty()) {
      if (all.isEmpty()) {
        throw new IllegalArgumentException(
            "no sources to sync; add one with 'keyward sources add' or import a file with"
                + " 'keyward import'");
      }
      return all;
    }
    List<SourceProfile> chosen = new ArrayList<>();
    for (String id : sourceIds) {
      chosen.add(
          all.stream()
              .filter(p -> p.id().equals(id))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "no source " + id + "; see 'keyward sources list'")));
    }
    return chosen;
  }
}
