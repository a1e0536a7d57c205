package io.keyward.app.cli;

import picocli.CommandLine.Command;

/** {@code keyward policy}: agent policies kept in the cache. */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    description = "Import agent policies and check the estate against them.",
    subcommands = {PolicyImportCommand.class, PolicyCheckCommand.class})
public final class PolicyCommand {}
