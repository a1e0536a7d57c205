package io.keyward.connectors.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.connectors.http.HttpReply;
import io.keyward.connectors.keycloak.KeycloakWire.Client;
import io.keyward.connectors.keycloak.KeycloakWire.Session;
import io.keyward.connectors.keycloak.KeycloakWire.User;
import io.keyward.connectors.keycloak.RealmSnapshot.SessionLimits;
import io.keyward.connectors.testing.Fixtures;
import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.Privilege;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The small explainable rules the mapper applies, one by one. */
class KeycloakRulesTest {

  @Test
  void privilegeFollowsTheRoleName() {
    assertThat(RolePrivileges.of(RoleRef.client("realm-management", "realm-admin")))
        .isEqualTo(Privilege.ADMIN);
    assertThat(RolePrivileges.of(RoleRef.client("realm-management", "manage-clients")))
        .isEqualTo(Privilege.ADMIN);
    assertThat(RolePrivileges.of(RoleRef.client("realm-management", "impersonation")))
        .isEqualTo(Privilege.ADMIN);
    assertThat(RolePrivileges.of(RoleRef.client("realm-management", "view-events")))
        .isEqualTo(Privilege.READ);
    assertThat(RolePrivileges.of(RoleRef.client("realm-management", "query-users")))
        .isEqualTo(Privilege.READ);
    assertThat(RolePrivileges.of(RoleRef.realm("admin"))).isEqualTo(Privilege.ADMIN);
    assertThat(RolePrivileges.of(RoleRef.client("billing", "tenant-admin")))
        .isEqualTo(Privilege.ADMIN);
    assertThat(RolePrivileges.of(RoleRef.realm("default-roles-agents"))).isEqualTo(Privilege.READ);
    assertThat(RolePrivileges.of(RoleRef.realm("offline_access"))).isEqualTo(Privilege.READ);
    assertThat(RolePrivileges.of(RoleRef.client("account", "manage-account")))
        .isEqualTo(Privilege.READ);
    assertThat(RolePrivileges.of(RoleRef.realm("tickets:read"))).isEqualTo(Privilege.READ);
    assertThat(RolePrivileges.of(RoleRef.client("model-registry", "viewer")))
        .isEqualTo(Privilege.READ);
    assertThat(RolePrivileges.of(RoleRef.client("model-registry", "publish")))
        .isEqualTo(Privilege.WRITE);
    // Unknown names are not understated.
    assertThat(RolePrivileges.of(RoleRef.realm("support-bundle"))).isEqualTo(Privilege.WRITE);
    assertThat(RolePrivileges.of(RoleRef.realm("thread-safe"))).isEqualTo(Privilege.WRITE);
  }

  @Test
  void serviceAccountsAreAgentsByAttributeOrNameElseServiceAccounts() {
    User user = user(Map.of());
    assertThat(PrincipalRules.serviceAccount(user, client("nightly-sync", Map.of())))
        .isEqualTo(
            new PrincipalRules.Kind(
                IdentityKind.SERVICE_ACCOUNT, "service-account user of client nightly-sync"));
    assertThat(PrincipalRules.serviceAccount(user, client("triage-agent", Map.of())))
        .isEqualTo(new PrincipalRules.Kind(IdentityKind.AGENT, "clientId matches *-agent*"));
    assertThat(PrincipalRules.serviceAccount(user, client("summarizer", Map.of("agent", "true"))))
        .isEqualTo(new PrincipalRules.Kind(IdentityKind.AGENT, "client attribute agent=true"));
    assertThat(
            PrincipalRules.serviceAccount(user, client("etl", Map.of("keyward.kind", "workload"))))
        .isEqualTo(
            new PrincipalRules.Kind(
                IdentityKind.WORKLOAD, "client attribute keyward.kind=workload"));
    assertThat(
            PrincipalRules.serviceAccount(
                user(Map.of("keyward.kind", List.of("agent"))), client("etl", Map.of())))
        .isEqualTo(
            new PrincipalRules.Kind(IdentityKind.AGENT, "user attribute keyward.kind=agent"));
    // A person-shaped account tagged as an agent is an agent running as a user.
    assertThat(PrincipalRules.person(user(Map.of("keyward.kind", List.of("agent")))).kind())
        .isEqualTo(IdentityKind.AGENT);
  }

  @Test
  void ownersComeFromTheClientFirstAndTagsLeaveSecretsOut() {
    Client client =
        client("a", Map.of("owner", "erin", "team", "ml", "post.logout.redirect.uris", "+"));
    assertThat(PrincipalRules.owner(client, user(Map.of("keyward.owner", List.of("frank")))))
        .isEqualTo("frank");
    assertThat(PrincipalRules.owner(client, null)).isEqualTo("erin");
    assertThat(PrincipalRules.clientTags(client)).containsOnlyKeys("owner", "team");
    assertThat(
            PrincipalRules.userTags(
                user(Map.of("api-token", List.of("x"), "mfa", List.of("fido2", "totp")))))
        .containsExactlyEntriesOf(Map.of("mfa", "fido2,totp"));
  }

  @Test
  void eventTypesMapToWhatAnAnalystFiltersBy() {
    assertThat(RealmEventMapper.typeOf("LOGIN")).isEqualTo(AccessEventType.SIGN_IN);
    assertThat(RealmEventMapper.typeOf("LOGIN_ERROR")).isEqualTo(AccessEventType.ACCESS_DENIED);
    assertThat(RealmEventMapper.typeOf("CLIENT_LOGIN"))
        .isEqualTo(AccessEventType.CREDENTIAL_ISSUED);
    assertThat(RealmEventMapper.typeOf("REFRESH_TOKEN"))
        .isEqualTo(AccessEventType.CREDENTIAL_ISSUED);
    assertThat(RealmEventMapper.typeOf("INTROSPECT_TOKEN"))
        .isEqualTo(AccessEventType.ACCESS_ALLOWED);
    assertThat(RealmEventMapper.typeOf("UPDATE_PASSWORD")).isEqualTo(AccessEventType.CHANGE);
  }

  @Test
  void aSessionEndsAtItsIdleTimeoutOrMaximumWhicheverComesFirst() {
    SessionLimits limits = new SessionLimits(1800L, 36000L, 0L, 0L);
    long start = 1_795_435_290_000L;
    assertThat(limits.expiry(session(start, start + 1000, false)))
        .isEqualTo(Instant.ofEpochMilli(start + 1000).plusSeconds(1800));
    assertThat(limits.expiry(session(start, start + 35_000_000L, false)))
        .isEqualTo(Instant.ofEpochMilli(start).plusSeconds(36000));
    // Remember-me sessions use their own limits when the realm sets them.
    assertThat(new SessionLimits(1800L, 36000L, 86400L, 0L).expiry(session(start, start, true)))
        .isEqualTo(Instant.ofEpochMilli(start).plusSeconds(36000));
    assertThat(SessionLimits.UNKNOWN.expiry(session(start, start, false))).isNull();
  }

  @Test
  void errorBodiesAreReadWhicheverFieldTheyUse() {
    KeycloakReplyRules rules = new KeycloakReplyRules();
    assertThat(rules.problem(reply(404, Fixtures.text("keycloak", "error-not-found.json"))))
        .isEqualTo("HTTP 404: User not found");
    assertThat(rules.problem(reply(400, Fixtures.text("keycloak", "error-message.json"))))
        .isEqualTo("HTTP 400: Realm management is unavailable");
    assertThat(rules.problem(reply(400, Fixtures.text("keycloak", "token-refused.json"))))
        .isEqualTo("HTTP 400: Invalid client or Invalid client credentials");
    assertThat(rules.problem(reply(502, "<html>Bad Gateway</html>")))
        .isEqualTo("HTTP 502: <html>Bad Gateway</html>");
    assertThat(rules.problem(reply(403, Fixtures.text("keycloak", "error-forbidden.json"))))
        .startsWith(
            "HTTP 403: HTTP 403 Forbidden (sync needs the realm-management roles view-users")
        .endsWith("; revoking needs manage-users and manage-clients)");
  }

  @Test
  void compositesExpandTransitivelyAndNameTheRoleTheyArriveThrough() {
    RoleRef admin = RoleRef.client("realm-management", "realm-admin");
    RoleRef viewUsers = RoleRef.client("realm-management", "view-users");
    RoleRef queryUsers = RoleRef.client("realm-management", "query-users");
    RoleGraph graph =
        new RoleGraph(Map.of(admin, List.of(viewUsers), viewUsers, List.of(queryUsers, admin)));
    assertThat(graph.expand(List.of(admin)))
        .containsExactlyInAnyOrder(admin, viewUsers, queryUsers);
    assertThat(graph.compositeReaching(queryUsers, List.of(admin, RoleRef.realm("x"))))
        .contains(admin);
    assertThat(graph.compositeReaching(admin, List.of(RoleRef.realm("x")))).isEmpty();
  }

  private static HttpReply reply(int status, String body) {
    return new HttpReply(status, Headers.of(), body);
  }

  private static Session session(long start, long lastAccess, boolean rememberMe) {
    return new Session("s", "u", null, start, lastAccess, rememberMe, Map.of());
  }

  private static User user(Map<String, List<String>> attributes) {
    return new User(
        "u-1", "service-account-x", null, true, null, null, "x", attributes, null, null, null);
  }

  private static Client client(String clientId, @Nullable Map<String, String> attributes) {
    return new Client(
        "c-1",
        clientId,
        null,
        true,
        false,
        false,
        true,
        false,
        false,
        "client-secret",
        true,
        attributes,
        null,
        null);
  }
}
