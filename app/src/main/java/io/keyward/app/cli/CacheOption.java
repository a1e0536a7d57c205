package io.keyward.app.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --cache FILE} option every command shares; defaults to the XDG data directory. */
public final class CacheOption {
  @Option(
      names = "--cache",
      paramLabel = "FILE",
      description = "Cache file (default: $XDG_DATA_HOME/keyward/cache.db).")
  @Nullable Path file;

  public Path file() {
    throw new UnsupportedOperationException();
  }
}
