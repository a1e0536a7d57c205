package io.keyward.connectors.keycloak;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Secret;
import io.keyward.connectors.SourceProfile;
import okhttp3.HttpUrl;

/**
 * A Keycloak profile's settings, checked: the server's base URL (no {@code /auth} since 17), the
 * realm to read and the realm whose token endpoint logs Keyward in.
 */
record KeycloakSettings(HttpUrl url, String realm) {
  static final String URL = "url";
  static final String REALM = "realm";
  static final String TOKEN_REALM = "tokenRealm";
  static final String CLIENT_ID = "clientId";
  static final String ADMIN_USER = "adminUser";
  static final String CLIENT_SECRET_VARIABLE = "KEYWARD_KEYCLOAK_CLIENT_SECRET";
  static final String PASSWORD_VARIABLE = "KEYWARD_KEYCLOAK_PASSWORD";
  static final String MASTER = "master";

  static KeycloakSettings of(SourceProfile profile) {
    String url = profile.require(URL);
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException(
          "source " + profile.id() + ": url '" + url + "' is not an http(s) URL");
    }
    return new KeycloakSettings(parsed, profile.require(REALM));
  }

  /**
   * The login the profile names: an admin user when {@code adminUser} is set, else the
   * service-account client {@code clientId}; the secret from the environment or the prompt.
   *
   * @throws IllegalArgumentException when the profile names neither or no secret is found
   */
  KeycloakLogin login(SourceProfile profile, ConnectEnvironment environment) {
    var adminUser = profile.setting(ADMIN_USER);
    if (adminUser.isPresent()) {
      Secret password =
          environment
              .secret(PASSWORD_VARIABLE, "Keycloak password for " + adminUser.get())
              .orElseThrow(() -> missing(profile, PASSWORD_VARIABLE, "the admin password"));
      return new KeycloakLogin.AdminUser(
          adminUser.get(), password, profile.setting(TOKEN_REALM).orElse(MASTER));
    }
    String clientId =
        profile
            .setting(CLIENT_ID)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "source "
                            + profile.id()
                            + " needs the setting 'clientId' (a service-account client) or"
                            + " 'adminUser'"));
    Secret secret =
        environment
            .secret(CLIENT_SECRET_VARIABLE, "Client secret of Keycloak client " + clientId)
            .orElseThrow(() -> missing(profile, CLIENT_SECRET_VARIABLE, "the client secret"));
    return new KeycloakLogin.ServiceAccount(
        clientId, secret, profile.setting(TOKEN_REALM).orElse(realm));
  }

  /** Where the realm's admin resources live: {@code {url}/admin/realms/{realm}}. */
  HttpUrl adminRealmUrl() {
    return url.newBuilder()
        .addPathSegment("admin")
        .addPathSegment("realms")
        .addPathSegment(realm)
        .build();
  }

  HttpUrl tokenUrl(KeycloakLogin login) {
    return url.newBuilder()
        .addPathSegment("realms")
        .addPathSegment(login.tokenRealm())
        .addPathSegments("protocol/openid-connect/token")
        .build();
  }

  /** The realm's public address, as the cache records where the source lives. */
  String location() {
    return url.newBuilder().addPathSegment("realms").addPathSegment(realm).build().toString();
  }

  private static IllegalArgumentException missing(
      SourceProfile profile, String variable, String what) {
    return new IllegalArgumentException(
        "source " + profile.id() + ": no " + what + " found; set " + variable);
  }
}
