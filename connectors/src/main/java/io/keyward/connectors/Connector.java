package io.keyward.connectors;

import io.keyward.connectors.revoke.Revoker;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One kind of source Keyward can read. Implementations are found with {@link
 * java.util.ServiceLoader} (see {@link Connectors}); nothing outside the connector's package names
 * them.
 */
public interface Connector {
  SourceKind kind();

  /** The {@code keyward sources add KIND} value, e.g. {@code keycloak}. */
  String cliName();

  /** What a profile of this kind holds, for {@code sources add} and the Sources page form. */
  List<ProfileSetting> settings();

  /** Where the source lives, for the cache's record of it: a URL, a tenant, an account. */
  String location(SourceProfile profile);

  /** The cache's record of the source {@code profile} describes. */
  default Source source(SourceProfile profile) {
    return profile.source(location(profile));
  }

  /**
   * What is wrong with {@code profile} for this connector: required settings left out, settings it
   * does not know. Empty when it is fine.
   */
  default List<String> problems(SourceProfile profile) {
    List<String> problems = new ArrayList<>();
    Set<String> known = new HashSet<>();
    for (ProfileSetting setting : settings()) {
      known.add(setting.key());
      if (setting.required() && profile.setting(setting.key()).isEmpty()) {
        problems.add("needs the setting '" + setting.key() + "' (" + setting.label() + ")");
      }
    }
    for (String key : profile.settings().keySet()) {
      if (!known.contains(key)) {
        problems.add(
            "has an unknown setting '"
                + key
                + "'; "
                + cliName()
                + " knows "
                + String.join(", ", known.stream().sorted().toList()));
      }
    }
    return problems;
  }

  /**
   * Resolves credentials from {@code environment} and returns a connection ready to test or sync.
   * Makes no request yet.
   *
   * @throws IllegalArgumentException when the profile misses a setting or no credentials are found
   */
  SourceConnection connect(SourceProfile profile, ConnectEnvironment environment);

  /** How this kind of source revokes access; empty when Keyward cannot revoke there (yet). */
  default Optional<Revoker> revoker() {
    return Optional.empty();
  }

  /** Offline formats this connector reads; empty when it has none. */
  default List<FileImport> imports() {
    return List.of();
  }
}
