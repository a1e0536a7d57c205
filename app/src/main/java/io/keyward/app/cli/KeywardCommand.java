package io.keyward.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code keyward} command: opens the console when given no subcommand. */
@Command(
    name = "keyward",
    mixinStandardHelpOptions = true,
    versionProvider = KeywardVersion.class,
    description = "Security-operations console for the identities AI systems run on.",
    subcommands = {DemoCommand.class, StatsCommand.class, ScreenshotCommand.class})
public final class KeywardCommand implements Callable<Integer> {

  @CommandLine.Mixin CacheOption cache = new CacheOption();

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("console launch");
  }

  /** Runs the command line and returns the process exit code; errors are one line, no trace. */
  public static int execute(String... args) {
    return new CommandLine(new KeywardCommand())
        .setExecutionExceptionHandler(new UserErrors())
        .execute(args);
  }
}
