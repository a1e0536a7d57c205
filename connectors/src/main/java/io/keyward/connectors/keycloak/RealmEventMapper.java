package io.keyward.connectors.keycloak;

import io.keyward.connectors.keycloak.KeycloakWire.AdminEvent;
import io.keyward.connectors.keycloak.KeycloakWire.Event;
import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.AccessEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Login and admin events as access events, tied to the identities and credentials the same sync
 * loaded: {@code userId} to the user, {@code sessionId} to the session, a CLIENT_LOGIN to the
 * client's secret.
 */
final class RealmEventMapper {
  private static final Set<String> SIGN_INS = Set.of("LOGIN", "IDENTITY_PROVIDER_LOGIN");
  private static final Set<String> ISSUES =
      Set.of(
          "CLIENT_LOGIN",
          "CODE_TO_TOKEN",
          "REFRESH_TOKEN",
          "TOKEN_EXCHANGE",
          "IMPERSONATE",
          "OAUTH2_DEVICE_CODE_TO_TOKEN",
          "AUTHREQID_TO_TOKEN",
          "PERMISSION_TOKEN");
  private static final Set<String> USES = Set.of("INTROSPECT_TOKEN", "USER_INFO_REQUEST");

  private final RealmIds ids;
  private final Map<String, String> identityByUuid;
  private final Map<String, String> sessionCredentials;
  private final Map<String, String> secretCredentials;

  /**
   * @param identityByUuid Keycloak user id to identity id
   * @param sessionCredentials Keycloak session id to credential id
   * @param secretCredentials clientId to the client secret's credential id
   */
  RealmEventMapper(
      RealmIds ids,
      Map<String, String> identityByUuid,
      Map<String, String> sessionCredentials,
      Map<String, String> secretCredentials) {
    this.ids = ids;
    this.identityByUuid = identityByUuid;
    this.sessionCredentials = sessionCredentials;
    this.secretCredentials = secretCredentials;
  }

  List<AccessEvent> map(List<Event> events, List<AdminEvent> adminEvents) {
    List<AccessEvent> mapped = new ArrayList<>();
    for (Event event : events) {
      mapped.add(login(event));
    }
    for (AdminEvent event : adminEvents) {
      mapped.add(admin(event));
    }
    return mapped;
  }

  /** The type an analyst filters by: errors are denials, token grants are issuance. */
  static AccessEventType typeOf(String keycloakType) {
    if (keycloakType.endsWith("_ERROR")) {
      return AccessEventType.ACCESS_DENIED;
    }
    if (SIGN_INS.contains(keycloakType)) {
      return AccessEventType.SIGN_IN;
    }
    if (ISSUES.contains(keycloakType)) {
      return AccessEventType.CREDENTIAL_ISSUED;
    }
    return USES.contains(keycloakType) ? AccessEventType.ACCESS_ALLOWED : AccessEventType.CHANGE;
  }

  private AccessEvent login(Event event) {
    String credential =
        event.sessionId() == null ? null : sessionCredentials.get(event.sessionId());
    if (credential == null && "CLIENT_LOGIN".equals(event.type()) && event.clientId() != null) {
      credential = secretCredentials.get(event.clientId());
    }
    String key =
        event.id() != null
            ? event.id()
            : event.time() + "-" + event.type() + "-" + event.userId() + "-" + event.sessionId();
    return new AccessEvent(
        ids.sourceId() + ":event/" + key,
        ids.sourceId(),
        Instant.ofEpochMilli(event.time()),
        typeOf(event.type()),
        identity(event.userId()),
        credential,
        event.error() == null ? event.type() : event.type() + " " + event.error(),
        event.clientId() == null ? null : ids.client(event.clientId()),
        event.ipAddress(),
        null);
  }

  private AccessEvent admin(AdminEvent event) {
    var auth = event.authDetails();
    String key =
        event.id() != null
            ? event.id()
            : event.time() + "-" + event.operationType() + "-" + event.resourcePath();
    String action =
        event.operationType()
            + (event.resourcePath() == null ? "" : " " + event.resourcePath())
            + (event.error() == null ? "" : " failed: " + event.error());
    return new AccessEvent(
        ids.sourceId() + ":admin-event/" + key,
        ids.sourceId(),
        Instant.ofEpochMilli(event.time()),
        event.error() == null ? AccessEventType.CHANGE : AccessEventType.ACCESS_DENIED,
        auth == null ? null : identity(auth.userId()),
        null,
        action,
        ids.realmResource(),
        auth == null ? null : auth.ipAddress(),
        null);
  }

  /** The identity of a user of this realm; admins from the master realm are not in it. */
  private @Nullable String identity(@Nullable String userId) {
    return userId == null ? null : identityByUuid.get(userId);
  }
}
