package io.keyward.connectors.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connectors;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncListener;
import io.keyward.connectors.revoke.Preflight;
import io.keyward.connectors.revoke.Revocations;
import io.keyward.connectors.testing.TestEnvironments;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.RevocationEntry;
import io.keyward.model.cache.RevocationFilter;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import io.keyward.model.domain.SourceKind;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revokes on a real Keycloak 26 (the server {@link RealKeycloakSyncTest} uses, in a realm of its
 * own): the token endpoint is the proof, the cache and the audit log the record.
 */
@ExtendWith(KeycloakServerExtension.class)
class RealKeycloakRevocationTest {
  private static final String REALM = "revoke";
  private static final String ADMIN = "/admin/realms/" + REALM;
  private static final String SOURCE = "keycloak:revoke";

  private static KeycloakAdmin admin;
  private static SourceProfile profile;

  @TempDir Path temp;

  @BeforeAll
  static void seed(KeycloakServer keycloak) {
    admin = new KeycloakAdmin(keycloak.url());
    admin.post("/admin/realms", Map.of("realm", REALM, "enabled", true));
    for (String client : List.of("rogue-agent", "rotating-agent")) {
      admin.create(
          ADMIN + "/clients",
          Map.of(
              "clientId", client,
              "publicClient", false,
              "serviceAccountsEnabled", true,
              "standardFlowEnabled", false));
    }
    admin.create(
        ADMIN + "/clients",
        Map.of("clientId", "portal", "publicClient", true, "directAccessGrantsEnabled", true));
    admin.post(ADMIN + "/roles", Map.of("name", "ops:write"));
    String ria =
        admin.create(
            ADMIN + "/users",
            Map.of(
                "username", "ria.contractor",
                "email", "ria@demo-corp.example",
                "firstName", "Ria",
                "lastName", "Contractor",
                "enabled", true,
                "credentials",
                    List.of(Map.of("type", "password", "value", "pw-ria", "temporary", false))));
    admin.post(
        ADMIN + "/users/" + ria + "/role-mappings/realm",
        List.of(admin.realmRole(REALM, "ops:write")));
    String ops = admin.create(ADMIN + "/groups", Map.of("name", "ops"));
    admin.put(ADMIN + "/users/" + ria + "/groups/" + ops, Map.of());
    profile =
        new SourceProfile(
            SOURCE,
            SourceKind.KEYCLOAK,
            "Keycloak realm revoke",
            Map.of("url", keycloak.url(), "realm", REALM, "adminUser", KeycloakServer.ADMIN));
  }

  private ConnectEnvironment environment() {
    return new TestEnvironments()
        .with(Map.of("KEYWARD_KEYCLOAK_PASSWORD", KeycloakServer.ADMIN_PASSWORD), temp);
  }

  private void sync(Cache cache) {
    KeycloakConnector connector = new KeycloakConnector();
    var outcome =
        new SyncEngine(cache)
            .sync(
                profile.source(connector.location(profile)),
                connector.connect(profile, environment()),
                SyncListener.SILENT,
                new Cancellation());
    assertThat(outcome.error()).isNull();
  }

  private Revocations revocations(Cache cache) {
    return new Revocations(
        cache,
        Connectors.discover(),
        id -> id.equals(SOURCE) ? Optional.of(profile) : Optional.empty(),
        environment(),
        "analyst",
        Clock.systemUTC());
  }

  private static int clientLogin(String clientId, String secret) {
    return admin.login(
        REALM,
        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
  }

  private static String secretOf(String clientId) {
    return admin
        .get(ADMIN + "/clients/" + admin.clientUuid(REALM, clientId) + "/client-secret")
        .get("value")
        .asText();
  }

  private static RevocationOutcome outcome(RevocationEntry entry) {
    return entry.revocation().outcome();
  }

  @Test
  void aDisabledClientGetsNoNewTokenAndTheCacheAndAuditShowIt() {
    String secret = secretOf("rogue-agent");
    assertThat(clientLogin("rogue-agent", secret)).isEqualTo(200);
    try (Cache cache = Cache.open(temp.resolve("cache.db"))) {
      sync(cache);
      Revocations revocations = revocations(cache);
      var target = revocations.resolve(SOURCE + ":client/rogue-agent");
      assertThat(revocations.actions(target))
          .containsExactly(RevocationAction.DISABLE_IDENTITY, RevocationAction.ROTATE_SECRET);
      Preflight preflight = revocations.preflight(RevocationAction.DISABLE_IDENTITY, target);
      assertThat(preflight.destructive()).isFalse();
      assertThat(preflight.limits()).contains(KeycloakRevoker.ISSUED_TOKENS);

      assertThat(outcome(revocations.dryRun(preflight, null))).isEqualTo(RevocationOutcome.DRY_RUN);
      assertThat(clientLogin("rogue-agent", secret)).isEqualTo(200);

      RevocationEntry done = revocations.execute(preflight, null);
      assertThat(outcome(done)).isEqualTo(RevocationOutcome.DONE);
      assertThat(done.revocation().verification()).isEqualTo("re-read: enabled=false");
      assertThat(clientLogin("rogue-agent", secret)).isNotEqualTo(200);
      assertThat(outcome(revocations.execute(preflight, null)))
          .isEqualTo(RevocationOutcome.ALREADY_DONE);

      sync(cache);
      var detail = cache.repository().identityDetail(target.id()).orElseThrow();
      assertThat(detail.identity().status()).isEqualTo(IdentityStatus.DISABLED);
      assertThat(detail.credentials())
          .singleElement()
          .satisfies(c -> assertThat(c.status()).isEqualTo(CredentialStatus.INACTIVE));
      assertThat(cache.revocationLog().list(RevocationFilter.ALL))
          .extracting(RealKeycloakRevocationTest::outcome)
          .containsExactly(
              RevocationOutcome.ALREADY_DONE, RevocationOutcome.DONE, RevocationOutcome.DRY_RUN);
      assertThat(cache.revocationLog().verify().intact()).isTrue();

      assertThat(outcome(revocations.undo(preflight))).isEqualTo(RevocationOutcome.UNDONE);
      assertThat(clientLogin("rogue-agent", secret)).isEqualTo(200);
    }
  }

  @Test
  void aRotatedSecretNoLongerGetsTokens() {
    String old = secretOf("rotating-agent");
    assertThat(clientLogin("rotating-agent", old)).isEqualTo(200);
    try (Cache cache = Cache.open(temp.resolve("cache.db"))) {
      sync(cache);
      Revocations revocations = revocations(cache);
      var target = revocations.resolve(SOURCE + ":client/rotating-agent/secret");
      Preflight preflight = revocations.preflight(RevocationAction.ROTATE_SECRET, target);
      assertThat(preflight.destructive()).isTrue();

      RevocationEntry done = revocations.execute(preflight, null);

      assertThat(outcome(done)).isEqualTo(RevocationOutcome.DONE);
      assertThat(clientLogin("rotating-agent", old)).isNotEqualTo(200);
      String fresh = secretOf("rotating-agent");
      assertThat(done.revocation().toString()).doesNotContain(fresh).doesNotContain(old);
      assertThat(clientLogin("rotating-agent", fresh)).isEqualTo(200);
    }
  }

  @Test
  void aUsersSessionsRoleAndGroupAreCutOff() {
    assertThat(
            admin.login(
                REALM,
                Map.of(
                    "grant_type", "password",
                    "client_id", "portal",
                    "username", "ria.contractor",
                    "password", "pw-ria")))
        .isEqualTo(200);
    String ria = SOURCE + ":user/ria.contractor";
    try (Cache cache = Cache.open(temp.resolve("cache.db"))) {
      sync(cache);
      Revocations revocations = revocations(cache);
      var user = revocations.resolve("ria@demo-corp.example");
      assertThat(user.id()).isEqualTo(ria);

      Preflight logout = revocations.preflight(RevocationAction.REVOKE_SESSIONS, user);
      assertThat(outcome(revocations.execute(logout, null))).isEqualTo(RevocationOutcome.DONE);
      assertThat(outcome(revocations.execute(logout, null)))
          .isEqualTo(RevocationOutcome.ALREADY_DONE);

      Preflight role =
          revocations.preflight(
              RevocationAction.REMOVE_GRANT, revocations.resolve(ria + "#role/ops:write"));
      assertThat(outcome(revocations.execute(role, null))).isEqualTo(RevocationOutcome.DONE);

      Preflight membership =
          revocations.preflight(
              RevocationAction.REMOVE_DELEGATION, revocations.resolve(ria + "#member-of/ops"));
      assertThat(outcome(revocations.execute(membership, null))).isEqualTo(RevocationOutcome.DONE);

      sync(cache);
      var detail = cache.repository().identityDetail(ria).orElseThrow();
      assertThat(detail.credentials()).isEmpty();
      assertThat(detail.grants()).noneMatch(g -> g.permission().equals("ops:write"));
      assertThat(detail.outbound()).isEmpty();

      assertThat(outcome(revocations.undo(membership))).isEqualTo(RevocationOutcome.UNDONE);
      assertThat(outcome(revocations.undo(role))).isEqualTo(RevocationOutcome.UNDONE);
      sync(cache);
      detail = cache.repository().identityDetail(ria).orElseThrow();
      assertThat(detail.grants()).anyMatch(g -> g.permission().equals("ops:write"));
      assertThat(detail.outbound()).hasSize(1);
      assertThat(cache.revocationLog().verify().intact()).isTrue();
    }
  }
}
