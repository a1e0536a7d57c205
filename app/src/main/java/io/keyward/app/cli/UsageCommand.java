package io.keyward.app.cli;

import picocli.CommandLine.Command;

/** {@code keyward usage}: which grants are used, which sit unused, what an identity does. */
@Command(
    name = "usage",
    mixinStandardHelpOptions = true,
    description =
        "Actual use of grants from access events and sources' last-use reports (docs/usage.md).",
    subcommands = {UsageUnusedCommand.class, UsageIdentityCommand.class})
public final class UsageCommand {}
