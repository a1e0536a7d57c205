package io.keyward.app.cli;

import io.keyward.connectors.Connector;
import io.keyward.connectors.ProfileSetting;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SourceProfiles;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code keyward sources add KIND ID --set key=value}: saves a profile, never a secret. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Add (or with --replace, change) a source profile. Settings never hold secrets:",
      "credentials come from the ecosystem's standard places or a prompt.",
      "Kinds and their settings: keyward sources add --help-kinds"
    })
public final class SourcesAddCommand implements Callable<Integer> {
  @ParentCommand SourcesCommand parent;
  @Mixin ProfilesOption profiles = new ProfilesOption();
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "KIND",
      arity = "0..1",
      description = "aws, entra, gcp, keycloak, ...")
  @Nullable String kind;

  @Parameters(
      index = "1",
      paramLabel = "ID",
      arity = "0..1",
      description = "Source id, e.g. keycloak:agents.")
  @Nullable String id;

  @Option(names = "--name", description = "Display name (default: the id).")
  @Nullable String name;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A setting; repeat as needed.")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(names = "--replace", description = "Replace the profile if the id exists.")
  boolean replace;

  @Option(names = "--help-kinds", description = "List each kind with its settings.")
  boolean helpKinds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Connector> connectors = parent.environment().connectors().all();
    if (helpKinds || kind == null || id == null) {
      connectors.forEach(connector -> describe(connector, out));
      out.flush();
      return helpKinds ? 0 : UserErrors.FAILURE;
    }
    Connector connector =
        parent
            .environment()
            .connectors()
            .forCliName(kind)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown kind '"
                            + kind
                            + "'; known: "
                            + String.join(
                                ", ", connectors.stream().map(Connector::cliName).toList())));
    SourceProfile profile =
        new SourceProfile(id, connector.kind(), name == null ? id : name, settings);
    List<String> problems = connector.problems(profile);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("source " + id + " " + String.join("; ", problems));
    }
    SourceProfiles store = profiles.profiles(parent.environment());
    if (store.find(id).isPresent() && !replace) {
      throw new IllegalArgumentException(
          "source " + id + " exists already; pass --replace to change it");
    }
    store.save(profile);
    out.println("Saved " + id + " to " + store.file() + ".");
    out.println("Check it with: keyward sources test " + id);
    out.flush();
    return 0;
  }

  private static void describe(Connector connector, PrintWriter out) {
    out.println(connector.cliName() + " (" + connector.kind().displayName() + ")");
    for (ProfileSetting setting : connector.settings()) {
      out.printf(
          "    %-20s %s%s%n",
          setting.key(),
          setting.required() ? "required. " : "",
          setting.help()
              + (setting.defaultValue() == null ? "" : " Default: " + setting.defaultValue()));
    }
  }
}
