package io.keyward.app.cli;

import io.keyward.connectors.SourceProfiles;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --profiles FILE} option of the commands that read source profiles. */
public final class ProfilesOption {
  @Option(
      names = "--profiles",
      paramLabel = "FILE",
      description = "Source profiles (default: $XDG_CONFIG_HOME/keyward/sources.json).")
  @Nullable Path file;

  SourceProfiles profiles(CliEnvironment environment) {
    return new SourceProfiles(file != null ? file : environment.defaultProfiles());
  }
}
