package io.keyward.app.cli;

import io.keyward.connectors.FileImport;
import io.keyward.connectors.ImportOptions;
import io.keyward.connectors.ProfileSetting;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncOutcome;
import io.keyward.model.cache.Cache;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code keyward import --source FORMAT FILE}: loads a file a source's own tools exported. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import a file exported by a source's own tools, as one sync run of that source.",
      "Formats: keyward import --list"
    })
public final class ImportCommand implements Callable<Integer> {
  @ParentCommand KeywardCommand parent;
  @Mixin CacheOption cache = new CacheOption();
  @Mixin ProfilesOption profiles = new ProfilesOption();
  @Spec CommandSpec spec;

  @Option(names = "--source", paramLabel = "FORMAT", description = "File format, e.g. aws-authz.")
  @Nullable String format;

  @Option(
      names = "--source-id",
      paramLabel = "ID",
      description = "Source id to file the items under (default: derived from the file).")
  @Nullable String sourceId;

  @Option(
      names = {"-o", "--option"},
      paramLabel = "KEY=VALUE",
      description = "An option of the format, e.g. jwks=keys.json (keyward import --list).")
  List<String> options = new ArrayList<>();

  @Option(
      names = "--jwks",
      paramLabel = "FILE",
      description = "caep: verify signatures against this JWKS (same as -o jwks=FILE).")
  @Nullable Path jwks;

  @Option(
      names = "--allow-unsigned",
      description = "caep: also load events whose signature cannot be verified.")
  boolean allowUnsigned;

  @Option(names = "--list", description = "List the formats this build reads.")
  boolean list;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..1",
      description = "The file to import (a folder, for formats that read folders).")
  @Nullable Path file;

  @Override
  public Integer call() {
    CliEnvironment environment = parent.environment();
    PrintWriter out = spec.commandLine().getOut();
    if (list || format == null || file == null) {
      for (FileImport each : environment.connectors().imports()) {
        out.printf("  %-24s %s%n", each.name(), each.description());
        for (ProfileSetting option : each.options()) {
          out.printf("  %-24s   -o %s=...  %s%n", "", option.key(), option.help());
        }
      }
      out.flush();
      return list ? 0 : UserErrors.FAILURE;
    }
    ExistingCache.refuseSnapshot(cache.file());
    FileImport chosen =
        environment
            .connectors()
            .importNamed(format)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown format '" + format + "'; see 'keyward import --list'"));
    if (!Files.isRegularFile(file) && !(chosen.readsFolders() && Files.isDirectory(file))) {
      throw new IllegalArgumentException(
          format + ": no " + (chosen.readsFolders() ? "file or folder " : "file ") + file);
    }
    ImportOptions given = importOptions().over(profileDefaults(environment, chosen));
    given.checkedFor(chosen);
    SyncProgressPrinter printer = new SyncProgressPrinter(out, environment.terminal());
    SyncOutcome outcome;
    try (Cache opened = Cache.open(cache.file());
        CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
      outcome =
          new SyncEngine(opened)
              .importFile(chosen, file, sourceId, given, printer, interrupt.cancellation());
    }
    printer.finished(outcome);
    return outcome.clean() ? 0 : UserErrors.FAILURE;
  }

  private ImportOptions importOptions() {
    List<String> pairs = new ArrayList<>(options);
    if (jwks != null) {
      pairs.add("jwks=" + jwks);
    }
    if (allowUnsigned) {
      pairs.add("allowUnsigned=true");
    }
    return ImportOptions.parse(pairs);
  }

  /**
   * The settings of the profile {@code --source-id} names, when it is of the format's kind: a feed
   * profile's JWKS applies to a one-off import of the same feed too.
   */
  private Map<String, String> profileDefaults(CliEnvironment environment, FileImport chosen) {
    if (sourceId == null) {
      return Map.of();
    }
    return profiles
        .profiles(environment)
        .find(sourceId)
        .filter(profile -> profile.kind() == chosen.kind())
        .map(profile -> new ImportOptions(profile.settings()).readBy(chosen).values())
        .orElse(Map.of());
  }
}
