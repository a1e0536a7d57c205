package io.keyward.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code keyward sources}: the source profiles Keyward syncs. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "List, add, test and remove source profiles.",
    subcommands = {
      SourcesListCommand.class,
      SourcesAddCommand.class,
      SourcesTestCommand.class,
      SourcesRemoveCommand.class
    })
public final class SourcesCommand {
  @ParentCommand KeywardCommand parent;

  CliEnvironment environment() {
    return parent.environment();
  }
}
