package io.keyward.app.cli;

import picocli.CommandLine.Command;

/** {@code keyward graph}: questions about the delegation graph. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description =
        "Blast radius, paths, chains, scope escalations and cycles of the delegation graph.",
    subcommands = {
      GraphBlastRadiusCommand.class,
      GraphPathsCommand.class,
      GraphChainsCommand.class,
      GraphEscalationsCommand.class,
      GraphReachCommand.class,
      GraphCyclesCommand.class
    })
public final class GraphCommand {}
