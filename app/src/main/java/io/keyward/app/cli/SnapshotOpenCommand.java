package io.keyward.app.cli;

import io.keyward.app.console.ConsoleApp;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code keyward snapshot open}: the console on a verified snapshot, read-only. */
@Command(
    name = "open",
    mixinStandardHelpOptions = true,
    description =
        "Verify a snapshot and open it in the console, read-only, from a private copy; the cache"
            + " is not touched.")
public final class SnapshotOpenCommand implements Callable<Integer> {
  @Mixin CacheOption cache = new CacheOption();

  @Parameters(paramLabel = "FILE", description = "Snapshot file.")
  Path file = Path.of("");

  @Override
  public Integer call() {
    ConsoleApp.launchSnapshot(file);
    return 0;
  }
}
