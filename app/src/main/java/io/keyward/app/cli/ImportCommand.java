package io.keyward.app.cli;

import io.keyward.connectors.FileImport;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncOutcome;
import io.keyward.model.cache.Cache;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
  @Spec CommandSpec spec;

  @Option(names = "--source", paramLabel = "FORMAT", description = "File format, e.g. aws-authz.")
  @Nullable String format;

  @Option(
      names = "--source-id",
      paramLabel = "ID",
      description = "Source id to file the items under (default: derived from the file).")
  @Nullable String sourceId;

  @Option(names = "--list", description = "List the formats this build reads.")
  boolean list;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The file to import.")
  @Nullable Path file;

  @Override
  public Integer call() {
    CliEnvironment environment = parent.environment();
    PrintWriter out = spec.commandLine().getOut();
    if (list || format == null || file == null) {
      for (FileImport each : environment.connectors().imports()) {
        out.printf("  %-24s %s%n", each.name(), each.description());
      }
      out.flush();
      return list ? 0 : UserErrors.FAILURE;
    }
    FileImport chosen =
        environment
            .connectors()
            .importNamed(format)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown format '" + format + "'; see 'keyward import --list'"));
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(format + ": no file " + file);
    }
    SyncProgressPrinter printer = new SyncProgressPrinter(out, environment.terminal());
    SyncOutcome outcome;
    try (Cache opened = Cache.open(cache.file());
        CancelOnInterrupt interrupt = new CancelOnInterrupt()) {
      outcome =
          new SyncEngine(opened)
              .importFile(chosen, file, sourceId, printer, interrupt.cancellation());
    }
    printer.finished(outcome);
    return outcome.clean() ? 0 : UserErrors.FAILURE;
  }
}
