package io.keyward.connectors;

import io.keyward.model.domain.SourceKind;
import java.util.List;

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

  /**
   * Resolves credentials from {@code environment} and returns a connection ready to test or sync.
   * Makes no request yet.
   *
   * @throws IllegalArgumentException when the profile misses a setting or no credentials are found
   */
  SourceConnection connect(SourceProfile profile, ConnectEnvironment environment);

  /** Offline formats this connector reads; empty when it has none. */
  default List<FileImport> imports() {
    return List.of();
  }
}
