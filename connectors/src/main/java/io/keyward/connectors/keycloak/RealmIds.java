package io.keyward.connectors.keycloak;

/**
 * Item ids of one realm's source, shaped like the demo estate's: {@code keycloak:agents:user/lena},
 * {@code keycloak:agents:client/support-agent}, {@code keycloak:agents:group/support}.
 */
record RealmIds(String sourceId, String realm) {
  String user(String username) {
    return sourceId + ":user/" + username;
  }

  String client(String clientId) {
    return sourceId + ":client/" + clientId;
  }

  /** A group by its Keycloak path, {@code /support/tier2}. */
  String group(String path) {
    return sourceId + ":group/" + (path.startsWith("/") ? path.substring(1) : path);
  }

  /** The API a client's roles protect. */
  String api(String clientId) {
    return sourceId + ":api/" + clientId;
  }

  /** A composite role, named as the way a grant arrives. */
  String role(RoleRef role) {
    return sourceId + ":role/" + role.label();
  }

  /** What realm roles and realm-management roles act on: the realm itself. */
  String realmResource() {
    return "realm:" + realm;
  }

  String resourceOf(RoleRef role) {
    return role.clientId() == null || RoleRef.REALM_MANAGEMENT.equals(role.clientId())
        ? realmResource()
        : api(role.clientId());
  }
}
