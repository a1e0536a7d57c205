package io.keyward.app.cli;

import picocli.CommandLine.Command;

/** {@code keyward snapshot}: one verifiable file of the cache, for offline review. */
@Command(
    name = "snapshot",
    mixinStandardHelpOptions = true,
    description =
        "Export, verify, open and compare snapshots: one file of the cache and its audit.",
    subcommands = {
      SnapshotExportCommand.class,
      SnapshotVerifyCommand.class,
      SnapshotOpenCommand.class,
      SnapshotDiffCommand.class,
      SnapshotKeygenCommand.class
    })
public final class SnapshotCommand {}
