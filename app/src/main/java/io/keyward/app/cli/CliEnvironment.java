package io.keyward.app.cli;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connectors;
import io.keyward.connectors.CredentialPrompt;
import io.keyward.connectors.SourceProfiles;
import java.nio.file.Path;

/**
 * What the commands take from the outside world: the connectors on the class path, where
 * credentials come from, and whether a person is watching a terminal. Tests pass their own.
 */
public record CliEnvironment(Connectors connectors, ConnectEnvironment connect, boolean terminal) {

  static CliEnvironment system() {
    boolean terminal = System.console() != null;
    CredentialPrompt prompt = terminal ? new TerminalPrompt() : CredentialPrompt.NONE;
    return new CliEnvironment(Connectors.discover(), ConnectEnvironment.system(prompt), terminal);
  }

  /** {@code $XDG_CONFIG_HOME/keyward/sources.json}. */
  Path defaultProfiles() {
    return SourceProfiles.defaultFile(connect.variables(), connect.home());
  }
}
