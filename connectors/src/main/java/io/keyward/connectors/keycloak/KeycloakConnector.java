package io.keyward.connectors.keycloak;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connector;
import io.keyward.connectors.FileImport;
import io.keyward.connectors.ProfileSetting;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.revoke.Revoker;
import io.keyward.model.domain.SourceKind;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Keycloak realms: users, clients, groups, roles, sessions and events over the Admin REST API. */
public final class KeycloakConnector implements Connector {
  private final int pageSize;
  private final Clock clock;

  public KeycloakConnector() {
    this(KeycloakClient.PAGE_SIZE, Clock.systemUTC());
  }

  /** For tests: small pages make paging visible with a handful of items. */
  KeycloakConnector(int pageSize, Clock clock) {
    this.pageSize = pageSize;
    this.clock = clock;
  }

  @Override
  public SourceKind kind() {
    return SourceKind.KEYCLOAK;
  }

  @Override
  public String cliName() {
    return "keycloak";
  }

  @Override
  public List<ProfileSetting> settings() {
    return List.of(
        ProfileSetting.required(
            KeycloakSettings.URL,
            "Server URL",
            "Keycloak's base URL, e.g. https://sso.example.com (no /auth since Keycloak 17)"),
        ProfileSetting.required(KeycloakSettings.REALM, "Realm", "The realm to read"),
        ProfileSetting.optional(
            KeycloakSettings.CLIENT_ID,
            "Service-account client",
            "A confidential client with service accounts and the realm-management view/query"
                + " roles; its secret comes from "
                + KeycloakSettings.CLIENT_SECRET_VARIABLE
                + " or a prompt"),
        ProfileSetting.optional(
            KeycloakSettings.ADMIN_USER,
            "Admin user",
            "Instead of a client: an admin logging in through admin-cli; the password comes from "
                + KeycloakSettings.PASSWORD_VARIABLE
                + " or a prompt"),
        ProfileSetting.optional(
            KeycloakSettings.TOKEN_REALM,
            "Token realm",
            "The realm that issues Keyward's token; default: the realm for a client, master for"
                + " an admin user"));
  }

  @Override
  public String location(SourceProfile profile) {
    return KeycloakSettings.of(profile).location();
  }

  @Override
  public SourceConnection connect(SourceProfile profile, ConnectEnvironment environment) {
    KeycloakSettings settings = KeycloakSettings.of(profile);
    KeycloakLogin login = settings.login(profile, environment);
    return new KeycloakConnection(profile.id(), settings, login, environment, pageSize, clock);
  }

  @Override
  public Optional<Revoker> revoker() {
    return Optional.of(new KeycloakRevoker());
  }

  @Override
  public List<FileImport> imports() {
    return List.of(new RealmExportImport(clock));
  }
}
