package io.keyward.connectors.keycloak;

import io.keyward.connectors.Secret;
import java.util.Map;

/**
 * How Keyward gets an admin token: as a service-account client (preferred: it holds only the
 * realm-management roles sync needs) or as an admin user through {@code admin-cli}.
 */
sealed interface KeycloakLogin {
  /** The realm whose token endpoint issues the token. */
  String tokenRealm();

  /** The token request's form; reveals the secret, so it is built only to be sent. */
  Map<String, String> form();

  /** Who logs in, for messages: never the secret. */
  String who();

  record ServiceAccount(String clientId, Secret secret, String tokenRealm)
      implements KeycloakLogin {
    @Override
    public Map<String, String> form() {
      return Map.of(
          "grant_type",
          "client_credentials",
          "client_id",
          clientId,
          "client_secret",
          secret.reveal());
    }

    @Override
    public String who() {
      return "client " + clientId;
    }
  }

  record AdminUser(String username, Secret password, String tokenRealm) implements KeycloakLogin {
    static final String CLIENT = "admin-cli";

    @Override
    public Map<String, String> form() {
      return Map.of(
          "grant_type",
          "password",
          "client_id",
          CLIENT,
          "username",
          username,
          "password",
          password.reveal());
    }

    @Override
    public String who() {
      return "admin " + username;
    }
  }
}
