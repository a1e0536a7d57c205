package io.keyward.connectors.openlineage;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connector;
import io.keyward.connectors.FileImport;
import io.keyward.connectors.ProfileSetting;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SyncContext;
import io.keyward.model.domain.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OpenLineage events files. A profile names a file that a producer's file transport keeps appending
 * to; each sync reads it whole. One-off files go through {@code keyward import}.
 */
public final class OpenLineageConnector implements Connector {
  static final String FILE = "file";
  static final String RULES = "rules";

  /** Where imports (which have no profile) find owner rules. */
  static final String RULES_VARIABLE = "KEYWARD_OPENLINEAGE_RULES";

  private final Map<String, String> variables;

  public OpenLineageConnector() {
    this(System.getenv());
  }

  OpenLineageConnector(Map<String, String> variables) {
    this.variables = Map.copyOf(variables);
  }

  @Override
  public SourceKind kind() {
    return SourceKind.OPENLINEAGE;
  }

  @Override
  public String cliName() {
    return "openlineage";
  }

  @Override
  public List<ProfileSetting> settings() {
    return List.of(
        ProfileSetting.required(
            FILE,
            "Events file",
            "OpenLineage events: one event, a JSON array or NDJSON, e.g. what the file transport"
                + " writes"),
        ProfileSetting.optional(
            RULES,
            "Owner rules",
            "A JSON file of rules linking jobs and producers to identities (docs/connect/"
                + "openlineage.md); default: $"
                + RULES_VARIABLE));
  }

  @Override
  public String location(SourceProfile profile) {
    return Path.of(profile.require(FILE)).toAbsolutePath().toString();
  }

  @Override
  public SourceConnection connect(SourceProfile profile, ConnectEnvironment environment) {
    Path file = Path.of(profile.require(FILE));
    Optional<Path> rules =
        profile.setting(RULES).or(() -> environment.variable(RULES_VARIABLE)).map(Path::of);
    return new SourceConnection() {
      @Override
      public String test() {
        if (!Files.isReadable(file)) {
          throw new SourceException(profile.id(), file.toString(), null, "cannot be read");
        }
        return "events file "
            + file
            + (rules.isPresent() ? " with owner rules " + rules.get() : "");
      }

      @Override
      public void sync(SyncContext context) {
        EventLoad.load(file, source(profile), ownerRules(rules), context);
      }
    };
  }

  @Override
  public List<FileImport> imports() {
    return List.of(
        new OpenLineageImport(
            () -> ownerRules(Optional.ofNullable(variables.get(RULES_VARIABLE)).map(Path::of))));
  }

  private static OwnerRules ownerRules(Optional<Path> file) {
    return file.filter(f -> !f.toString().isBlank()).map(OwnerRules::read).orElse(OwnerRules.NONE);
  }
}
