package io.keyward.connectors.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncListener;
import io.keyward.connectors.SyncOutcome;
import io.keyward.connectors.testing.TestEnvironments;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.IdentityDetail;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.SourceKind;
import io.keyward.model.domain.SyncStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Syncs a realm on a real Keycloak 26 (started once per test run by {@link
 * KeycloakServerExtension}) into a real cache, logged in both ways Keyward supports.
 */
@ExtendWith(KeycloakServerExtension.class)
class RealKeycloakSyncTest {
  private static final String SOURCE = "keycloak:agents";
  private static final String LENA = SOURCE + ":user/lena.vogel";

  private static KeycloakServer server;
  private static AgentsRealm realm;
  private static String syncSecret;
  private static Instant seededFrom;
  private static Instant seededTo;

  @TempDir Path temp;

  @BeforeAll
  static void seed(KeycloakServer keycloak) {
    server = keycloak;
    realm = new AgentsRealm(new KeycloakAdmin(keycloak.url()));
    seededFrom = Instant.now().minusSeconds(1);
    syncSecret = realm.seed();
    seededTo = Instant.now().plusSeconds(1);
  }

  @AfterAll
  static void report() {
    System.out.printf(
        "Keycloak answered after %d s; resident memory now %d MiB%n",
        server.startup().toSeconds(), server.residentMiB());
  }

  private SourceProfile profile(Map<String, String> login) {
    Map<String, String> settings = new HashMap<>(Map.of("url", server.url(), "realm", "agents"));
    settings.putAll(login);
    return new SourceProfile(SOURCE, SourceKind.KEYCLOAK, "Keycloak realm agents", settings);
  }

  private SyncOutcome sync(Cache cache, SourceProfile profile) {
    KeycloakConnector connector = new KeycloakConnector();
    var environment =
        new TestEnvironments()
            .with(
                Map.of(
                    "KEYWARD_KEYCLOAK_CLIENT_SECRET",
                    syncSecret,
                    "KEYWARD_KEYCLOAK_PASSWORD",
                    KeycloakServer.ADMIN_PASSWORD),
                temp);
    return new SyncEngine(cache)
        .sync(
            profile.source(connector.location(profile)),
            connector.connect(profile, environment),
            SyncListener.SILENT,
            new Cancellation());
  }

  private static IdentityDetail detail(Cache cache, String id) {
    return cache.repository().identityDetail(id).orElseThrow(() -> new AssertionError("no " + id));
  }

  @Test
  void aServiceAccountClientSyncsTheRealm() throws SQLException {
    try (Cache cache = Cache.open(temp.resolve("cache.db"))) {
      SyncOutcome outcome = sync(cache, profile(Map.of("clientId", AgentsRealm.SYNC_CLIENT)));

      assertThat(outcome.error()).isNull();
      assertThat(outcome.status()).isEqualTo(SyncStatus.COMPLETED);
      // Six built-in clients (account, account-console, admin-cli, broker, realm-management,
      // security-admin-console) besides the six the realm was given.
      assertThat(cache.repository().stats().identitiesByKind())
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(
                  IdentityKind.HUMAN, 3L,
                  IdentityKind.AGENT, 2L,
                  IdentityKind.SERVICE_ACCOUNT, 2L,
                  IdentityKind.APPLICATION, 12L,
                  IdentityKind.GROUP, 2L));
      // Lena's membership of tier2, tier2 in support, four clients acting as their accounts.
      assertThat(cache.repository().stats().delegations()).isEqualTo(6);

      IdentityDetail agent = detail(cache, SOURCE + ":user/service-account-support-agent");
      assertThat(agent.identity().kind()).isEqualTo(IdentityKind.AGENT);
      assertThat(agent.identity().classification())
          .isEqualTo("client attribute keyward.kind=agent");
      assertThat(agent.identity().ownerId()).isEqualTo(LENA);
      assertThat(agent.identity().tags()).containsEntry("team", "support");
      assertThat(agent.grants())
          .extracting(Grant::permission, Grant::origin)
          .contains(
              tuple("tickets:read", GrantOrigin.DIRECT),
              tuple("model-registry:publish", GrantOrigin.DIRECT),
              tuple("offline_access", GrantOrigin.VIA_ROLE));
      assertThat(detail(cache, SOURCE + ":user/service-account-nightly-sync").identity().kind())
          .isEqualTo(IdentityKind.SERVICE_ACCOUNT);

      IdentityDetail billing = detail(cache, SOURCE + ":user/service-account-billing-agent");
      assertThat(billing.grantCount()).isGreaterThan(20);
      assertThat(billing.grants())
          .filteredOn(g -> g.permission().startsWith("realm-management:"))
          .extracting(Grant::permission, Grant::origin, Grant::viaId, Grant::privilege)
          .contains(
              tuple("realm-management:realm-admin", GrantOrigin.DIRECT, null, Privilege.ADMIN),
              tuple(
                  "realm-management:manage-users",
                  GrantOrigin.VIA_ROLE,
                  SOURCE + ":role/realm-management:realm-admin",
                  Privilege.ADMIN));

      IdentityDetail lena = detail(cache, LENA);
      assertThat(lena.identity().kind()).isEqualTo(IdentityKind.HUMAN);
      assertThat(lena.identity().createdAt()).isBetween(seededFrom, seededTo);
      assertThat(lena.grants())
          .extracting(Grant::permission, Grant::origin, Grant::viaId)
          .contains(
              tuple("support-bundle", GrantOrigin.VIA_GROUP, SOURCE + ":group/support/tier2"),
              tuple("model-registry:read", GrantOrigin.VIA_GROUP, SOURCE + ":group/support/tier2"));
      Credential session = lena.credentials().get(0);
      assertThat(session.kind()).isEqualTo(CredentialKind.SESSION);
      assertThat(session.createdAt()).isBetween(seededFrom.minusSeconds(1), seededTo);
      assertThat(session.expiresAt())
          .isBetween(
              seededFrom.plus(Duration.ofMinutes(29)), seededTo.plus(Duration.ofMinutes(31)));
      assertThat(session.scopes()).containsExactly("support-portal");

      Credential secret = detail(cache, SOURCE + ":client/support-agent").credentials().get(0);
      assertThat(secret.kind()).isEqualTo(CredentialKind.CLIENT_SECRET);
      // client.secret.creation.time is in whole seconds.
      assertThat(secret.createdAt()).isBetween(seededFrom.minusSeconds(1), seededTo);
      assertThat(secret.lastUsedAt()).isBetween(seededFrom, seededTo);
      assertThat(detail(cache, SOURCE + ":client/model-registry").credentials()).isEmpty();

      assertThat(events(cache))
          .contains(
              List.of("SIGN_IN", LENA, "LOGIN"),
              List.of(
                  "CREDENTIAL_ISSUED",
                  SOURCE + ":user/service-account-support-agent",
                  "CLIENT_LOGIN"),
              List.of(
                  "ACCESS_DENIED",
                  SOURCE + ":user/kenji.ito",
                  "LOGIN_ERROR invalid_user_credentials"));
    }
  }

  @Test
  void anAdminUserSyncsTheSameRealm() {
    try (Cache cache = Cache.open(temp.resolve("cache.db"))) {
      SyncOutcome outcome = sync(cache, profile(Map.of("adminUser", KeycloakServer.ADMIN)));

      assertThat(outcome.error()).isNull();
      assertThat(cache.repository().stats().identities()).isEqualTo(21);
      assertThat(detail(cache, SOURCE + ":user/kenji.ito").grants())
          .extracting(Grant::permission, Grant::privilege)
          .contains(
              tuple("tickets:read", Privilege.READ), tuple("invoices:write", Privilege.WRITE));
    }
  }

  @Test
  void aResyncRemovesWhatTheRealmNoLongerHas() {
    String contractor = "temp.contractor";
    realm.person(contractor, "Temp", "Contractor");
    try (Cache cache = Cache.open(temp.resolve("cache.db"))) {
      SourceProfile profile = profile(Map.of("clientId", AgentsRealm.SYNC_CLIENT));
      assertThat(sync(cache, profile).completed()).isTrue();
      assertThat(cache.repository().identityDetail(SOURCE + ":user/" + contractor)).isPresent();

      realm.deleteUser(contractor);
      SyncOutcome resync = sync(cache, profile);

      assertThat(resync.completed()).isTrue();
      // The user and its default-role grants are gone.
      assertThat(resync.itemsRemoved()).isGreaterThanOrEqualTo(2);
      assertThat(cache.repository().identityDetail(SOURCE + ":user/" + contractor)).isEmpty();
      assertThat(cache.repository().identityDetail(LENA)).isPresent();
      assertThat(cache.repository().stats().identities()).isEqualTo(21);
    }
  }

  /** The events as (type, identity, action): the repository has no event query yet. */
  private static List<List<String>> events(Cache cache) throws SQLException {
    List<List<String>> events = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + cache.file());
        Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT type, identity_id, action FROM access_events")) {
      while (rs.next()) {
        events.add(List.of(rs.getString(1), String.valueOf(rs.getString(2)), rs.getString(3)));
      }
    }
    return events;
  }
}
