package io.keyward.model.domain;

import java.util.Locale;

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
}
