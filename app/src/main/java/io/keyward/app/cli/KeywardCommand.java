package io.keyward.app.cli;

import io.keyward.app.console.ConsoleApp;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code keyward} command: opens the console when given no subcommand. */
@Command(
    name = "keyward",
    mixinStandardHelpOptions = true,
    versionProvider = KeywardVersion.class,
    description = "Security-operations console for the identities AI systems run on.",
    subcommands = {
      DemoCommand.class,
      StatsCommand.class,
      SourcesCommand.class,
      SyncCommand.class,
      ImportCommand.class,
      ScreenshotCommand.class,
      RevokeCommand.class,
      AuditCommand.class,
      GraphCommand.class,
      RiskCommand.class,
      ScoreCommand.class,
      PolicyCommand.class,
      UsageCommand.class,
      TimelineCommand.class,
      SnapshotCommand.class
    })
public final class KeywardCommand implements Callable<Integer> {

  @CommandLine.Mixin CacheOption cache = new CacheOption();

  private final CliEnvironment environment;

  @Spec CommandSpec spec;

  KeywardCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  CliEnvironment environment() {
    return environment;
  }

  /** Opens the console; on first start, with no cache yet, on the demo estate. */
  @Override
  public Integer call() {
    Path file = cache.file();
    DemoCommand.writeOnFirstStart(file, spec.commandLine().getErr());
    ConsoleApp.launch(file);
    return 0;
  }

  /** Runs the command line and returns the process exit code; errors are one line, no trace. */
  public static int execute(String... args) {
    return commandLine(CliEnvironment.system()).execute(args);
  }

  static CommandLine commandLine(CliEnvironment environment) {
    return new CommandLine(new KeywardCommand(environment))
        .setExecutionExceptionHandler(new UserErrors());
  }
}
