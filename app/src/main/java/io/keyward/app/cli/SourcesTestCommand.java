package io.keyward.app.cli;

import io.keyward.connectors.Connector;
import io.keyward.connectors.SourceProfile;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code keyward sources test ID}: proves the credentials work without syncing. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = "Connect to a source and check the credentials, reading as little as possible.")
public final class SourcesTestCommand implements Callable<Integer> {
  @ParentCommand SourcesCommand parent;
  @Mixin ProfilesOption profiles = new ProfilesOption();
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "Source id.")
  String id;

  @Override
  public Integer call() {
    CliEnvironment environment = parent.environment();
    SourceProfile profile =
        profiles
            .profiles(environment)
            .find(id)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no source " + id + "; see 'keyward sources list'"));
    Connector connector = environment.connectors().forProfile(profile);
    String reached = connector.connect(profile, environment.connect()).test();
    PrintWriter out = spec.commandLine().getOut();
    out.println("OK " + id + ": " + reached);
    out.flush();
    return 0;
  }
}
