package io.keyward.app.cli;

import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --cache FILE} option every command shares; defaults to the XDG data directory. */
public final class CacheOption {
  @Option(
      names = "--cache",
      paramLabel = "FILE",
      description =
          "Cache file (default: $XDG_DATA_HOME/keyward/cache.db); commands that only read also"
              + " take a snapshot file.")
  @Nullable Path file;

  /** Whether {@code --cache} was given, rather than the default file. */
  boolean given() {
    return file != null;
  }

  public Path file() {
    return file != null ? file : defaultFile(System.getenv());
  }

  /** {@code $XDG_DATA_HOME/keyward/cache.db}, falling back to {@code ~/.local/share}. */
  static Path defaultFile(Map<String, String> environment) {
    String xdg = environment.get("XDG_DATA_HOME");
    Path dataHome =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    return dataHome.resolve("keyward").resolve("cache.db");
  }
}
