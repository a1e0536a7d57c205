package io.keyward.connectors.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Sets up the realm {@code agents} on a real server the way the demo estate tells it: people in
 * groups, agent clients with owners, a composite role, a client with realm-admin, a service-account
 * client for Keyward itself, events on, and a few logins (one failed).
 */
final class AgentsRealm {
  static final String REALM = "agents";
  static final String SYNC_CLIENT = "keyward-sync";
  private static final String ADMIN = "/admin/realms/" + REALM;

  private final KeycloakAdmin admin;

  AgentsRealm(KeycloakAdmin admin) {
    this.admin = admin;
  }

  /** Creates everything; returns the secret of {@link #SYNC_CLIENT}. */
  String seed() {
    admin.post("/admin/realms", Map.of("realm", REALM, "enabled", true));
    admin.put(
        ADMIN + "/events/config",
        Map.of(
            "eventsEnabled", true, "adminEventsEnabled", true, "adminEventsDetailsEnabled", true));

    admin.post(ADMIN + "/roles", Map.of("name", "tickets:read"));
    admin.post(ADMIN + "/roles", Map.of("name", "invoices:write"));
    String registry =
        admin.create(
            ADMIN + "/clients",
            Map.of(
                "clientId",
                "model-registry",
                "bearerOnly",
                true,
                "attributes",
                Map.of("keyward.sensitive", "true")));
    admin.post(ADMIN + "/clients/" + registry + "/roles", Map.of("name", "read"));
    admin.post(ADMIN + "/clients/" + registry + "/roles", Map.of("name", "publish"));
    admin.post(ADMIN + "/roles", Map.of("name", "support-bundle"));
    admin.post(
        ADMIN + "/roles/support-bundle/composites",
        List.of(role("tickets:read"), admin.clientRole(REALM, "model-registry", "read")));

    agent("support-agent", "lena.vogel", "support");
    agent("billing-agent", "kenji.ito", "finance");
    serviceAccountClient("nightly-sync", Map.of());
    serviceAccountClient(SYNC_CLIENT, Map.of());
    admin.create(
        ADMIN + "/clients",
        Map.of(
            "clientId", "support-portal", "publicClient", true, "directAccessGrantsEnabled", true));

    String lena = person("lena.vogel", "Lena", "Vogel");
    String kenji = person("kenji.ito", "Kenji", "Ito");
    person("mark.gone", "Mark", "Gone");

    String support = admin.create(ADMIN + "/groups", Map.of("name", "support"));
    admin.post(
        ADMIN + "/groups/" + support + "/role-mappings/realm", List.of(role("support-bundle")));
    String tier2 =
        admin.create(ADMIN + "/groups/" + support + "/children", Map.of("name", "tier2"));
    admin.put(ADMIN + "/users/" + lena + "/groups/" + tier2, Map.of());
    admin.post(
        ADMIN + "/users/" + kenji + "/role-mappings/realm",
        List.of(role("tickets:read"), role("invoices:write")));

    mapToServiceAccount("support-agent", List.of(role("tickets:read")));
    mapToServiceAccount(
        "support-agent",
        "model-registry",
        List.of(admin.clientRole(REALM, "model-registry", "publish")));
    mapToServiceAccount("billing-agent", List.of(role("invoices:write")));
    mapToServiceAccount(
        "billing-agent",
        "realm-management",
        List.of(admin.clientRole(REALM, "realm-management", "realm-admin")));
    mapToServiceAccount(
        SYNC_CLIENT,
        "realm-management",
        List.of(
                "view-users",
                "query-users",
                "view-clients",
                "query-clients",
                "view-realm",
                "view-events")
            .stream()
            .map(name -> admin.clientRole(REALM, "realm-management", name))
            .toList());

    // A person's session (and LOGIN), an agent's token (CLIENT_LOGIN), a wrong password
    // (LOGIN_ERROR).
    login(
        Map.of(
            "grant_type",
            "password",
            "client_id",
            "support-portal",
            "username",
            "lena.vogel",
            "password",
            "pw-lena.vogel"));
    login(
        Map.of(
            "grant_type",
            "client_credentials",
            "client_id",
            "support-agent",
            "client_secret",
            secretOf("support-agent")));
    admin.login(
        REALM,
        Map.of(
            "grant_type",
            "password",
            "client_id",
            "support-portal",
            "username",
            "kenji.ito",
            "password",
            "wrong"));
    return secretOf(SYNC_CLIENT);
  }

  String person(String username, String first, String last) {
    return admin.create(
        ADMIN + "/users",
        Map.of(
            "username",
            username,
            "email",
            username + "@demo-corp.example",
            "firstName",
            first,
            "lastName",
            last,
            "enabled",
            true,
            "credentials",
            List.of(Map.of("type", "password", "value", "pw-" + username, "temporary", false))));
  }

  String userId(String username) {
    return admin.get(ADMIN + "/users?exact=true&username=" + username).get(0).get("id").asText();
  }

  void deleteUser(String username) {
    admin.delete(ADMIN + "/users/" + userId(username));
  }

  private void agent(String clientId, String owner, String team) {
    serviceAccountClient(
        clientId, Map.of("keyward.kind", "agent", "keyward.owner", owner, "team", team));
  }

  private void serviceAccountClient(String clientId, Map<String, String> attributes) {
    admin.create(
        ADMIN + "/clients",
        Map.of(
            "clientId", clientId,
            "publicClient", false,
            "serviceAccountsEnabled", true,
            "standardFlowEnabled", false,
            "attributes", attributes));
  }

  private void mapToServiceAccount(String clientId, List<JsonNode> realmRoles) {
    admin.post(
        ADMIN + "/users/" + serviceAccountUser(clientId) + "/role-mappings/realm", realmRoles);
  }

  private void mapToServiceAccount(String clientId, String roleClient, List<JsonNode> roles) {
    admin.post(
        ADMIN
            + "/users/"
            + serviceAccountUser(clientId)
            + "/role-mappings/clients/"
            + admin.clientUuid(REALM, roleClient),
        roles);
  }

  private String serviceAccountUser(String clientId) {
    return admin
        .get(ADMIN + "/clients/" + admin.clientUuid(REALM, clientId) + "/service-account-user")
        .get("id")
        .asText();
  }

  private String secretOf(String clientId) {
    return admin
        .get(ADMIN + "/clients/" + admin.clientUuid(REALM, clientId) + "/client-secret")
        .get("value")
        .asText();
  }

  private JsonNode role(String name) {
    return admin.realmRole(REALM, name);
  }

  private void login(Map<String, String> form) {
    int status = admin.login(REALM, form);
    if (status != 200) {
      throw new IllegalStateException(
          "login as " + form.get("client_id") + " failed: HTTP " + status);
    }
  }
}
