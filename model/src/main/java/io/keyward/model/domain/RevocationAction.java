package io.keyward.model.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a revocation does; the CLI names are {@link #cliName()}. */
public enum RevocationAction {
  DISABLE_CREDENTIAL,
  DELETE_CREDENTIAL,
  REMOVE_GRANT,
  REMOVE_DELEGATION,
  DISABLE_IDENTITY,
  REVOKE_SESSIONS,
  ROTATE_SECRET;

  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The action named {@code cliName}; the error lists the names there are. */
  public static RevocationAction ofCliName(String cliName) {
    return Arrays.stream(values())
        .filter(a -> a.cliName().equals(cliName))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown action '"
                        + cliName
                        + "'; use one of "
                        + Arrays.stream(values())
                            .map(RevocationAction::cliName)
                            .collect(Collectors.joining(", "))));
  }
}
