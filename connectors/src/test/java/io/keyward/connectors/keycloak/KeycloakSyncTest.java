package io.keyward.connectors.keycloak;

import static io.keyward.connectors.keycloak.KeycloakFixtureServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncListener;
import io.keyward.connectors.SyncOutcome;
import io.keyward.connectors.testing.LoopbackSource;
import io.keyward.connectors.testing.TestEnvironments;
import io.keyward.model.cache.CredentialFilter;
import io.keyward.model.cache.EstateStats;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.SourceKind;
import io.keyward.model.domain.SyncRun;
import io.keyward.model.domain.SyncStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Syncs over loopback HTTP against fixtures shaped like Keycloak 26's replies. */
class KeycloakSyncTest {
  private static final String SOURCE = "keycloak:agents";
  private static final String REALM = "/admin/realms/agents";
  private static final Instant NOW = Instant.ofEpochMilli(1795435600000L);

  /** Two per page: three users and five clients need several pages, the last one short. */
  private static final int PAGE = 2;

  @TempDir Path temp;

  private final KeycloakFixtureServer keycloak = new KeycloakFixtureServer();

  @RegisterExtension final LoopbackSource source = new LoopbackSource(keycloak);

  private final TestEnvironments environments = new TestEnvironments();
  private final KeycloakConnector connector =
      new KeycloakConnector(PAGE, Clock.fixed(NOW, ZoneOffset.UTC));

  private SourceProfile profile(Map<String, String> extra) {
    Map<String, String> settings =
        new HashMap<>(Map.of("url", source.baseUrl(), "realm", "agents"));
    settings.putAll(extra);
    return new SourceProfile(SOURCE, SourceKind.KEYCLOAK, "Keycloak realm agents", settings);
  }

  private SourceProfile clientProfile() {
    return profile(Map.of("clientId", "keyward-sync"));
  }

  private SourceConnection connect(SourceProfile profile) {
    return connector.connect(
        profile,
        environments.with(
            Map.of(
                "KEYWARD_KEYCLOAK_CLIENT_SECRET", "test-client-secret",
                "KEYWARD_KEYCLOAK_PASSWORD", "test-admin-password"),
            temp));
  }

  private SyncOutcome sync(SourceProfile profile) {
    return new SyncEngine(source.cache())
        .sync(
            profile.source(connector.location(profile)),
            connect(profile),
            SyncListener.SILENT,
            new Cancellation());
  }

  private List<String> paths() {
    return keycloak.requests().stream()
        .map(r -> r.getUrl().encodedPath() + "?" + r.getUrl().encodedQuery())
        .toList();
  }

  @Test
  void aFullSyncLoadsTheRealmIntoTheCache() throws IOException {
    SyncOutcome outcome = sync(clientProfile());

    assertThat(outcome.error()).isNull();
    assertThat(outcome.status()).isEqualTo(SyncStatus.COMPLETED);
    EstateStats stats = source.cache().repository().stats();
    assertThat(stats.identities()).isEqualTo(12);
    assertThat(stats.identitiesByKind())
        .containsEntry(IdentityKind.HUMAN, 3L)
        .containsEntry(IdentityKind.AGENT, 1L)
        .containsEntry(IdentityKind.SERVICE_ACCOUNT, 1L)
        .containsEntry(IdentityKind.APPLICATION, 5L)
        .containsEntry(IdentityKind.GROUP, 2L);
    assertThat(stats.credentials()).isEqualTo(2);
    assertThat(stats.grants()).isEqualTo(26);
    assertThat(stats.delegations()).isEqualTo(4);
    assertThat(stats.resources()).isEqualTo(1);
    assertThat(stats.accessEvents()).isEqualTo(4);
    assertThat(outcome.itemsLoaded()).isEqualTo(12 + 2 + 26 + 4 + 1 + 4);
    assertThat(source.cache().repository().sources())
        .singleElement()
        .satisfies(
            s -> assertThat(s.location()).isEqualTo(source.url("/realms/agents").toString()));

    // Nothing secret from the replies reaches the source.cache() file, not even the rotated secret.
    String stored = new String(Files.readAllBytes(source.cacheFile()), StandardCharsets.ISO_8859_1);
    assertThat(stored).doesNotContain("FIXTURE-SECRET").doesNotContain("FIXTURE-ROTATED");
  }

  @Test
  void credentialsCarryKeycloakTimesInTheirOwnUnits() {
    sync(clientProfile());

    List<Credential> credentials =
        source.cache().repository().credentials(CredentialFilter.ALL, 10).items();
    Credential secret =
        credentials.stream().filter(c -> c.id().endsWith("/secret")).findFirst().orElseThrow();
    assertThat(secret.identityId()).isEqualTo(SOURCE + ":client/support-agent");
    // client.secret.creation.time is epoch seconds; the last CLIENT_LOGIN event's time is ms.
    assertThat(secret.createdAt()).isEqualTo(Instant.ofEpochSecond(1790000000L));
    assertThat(secret.lastUsedAt()).isEqualTo(Instant.ofEpochMilli(1795435290494L));
    assertThat(secret.expiresAt()).isNull();
    assertThat(secret.scopes()).contains("service_account", "profile");

    Credential session =
        credentials.stream().filter(c -> c.id().contains("/session/")).findFirst().orElseThrow();
    assertThat(session.id())
        .isEqualTo(SOURCE + ":user/lena.vogel/session/5PmKlm_QBOS0bibzL0jxEEnf");
    assertThat(session.createdAt()).isEqualTo(Instant.ofEpochMilli(1795435290000L));
    assertThat(session.lastUsedAt()).isEqualTo(Instant.ofEpochMilli(1795435590000L));
    // Idle timeout (1800 s after last access) ends it before the 10 h maximum.
    assertThat(session.expiresAt())
        .isEqualTo(Instant.ofEpochMilli(1795435590000L).plusSeconds(1800));
    assertThat(session.status()).isEqualTo(CredentialStatus.ACTIVE);
    assertThat(session.scopes()).containsExactly("support-portal");
    assertThat(session.displayName()).isEqualTo("session from 192.0.2.10");
  }

  @Test
  void listsArePagedUntilAShortPage() {
    sync(clientProfile());

    assertThat(paths())
        .contains(
            REALM + "/users?briefRepresentation=false&first=0&max=2",
            REALM + "/users?briefRepresentation=false&first=2&max=2",
            REALM + "/clients?first=0&max=2",
            REALM + "/clients?first=2&max=2",
            REALM + "/clients?first=4&max=2")
        .doesNotContain(
            REALM + "/users?briefRepresentation=false&first=4&max=2",
            REALM + "/clients?first=6&max=2");
  }

  @Test
  void aServiceAccountClientLogsInWithClientCredentialsAtItsRealm() {
    sync(clientProfile());

    RecordedRequest token = keycloak.requests().get(0);
    assertThat(token.getUrl().encodedPath())
        .isEqualTo("/realms/agents/protocol/openid-connect/token");
    assertThat(token.getBody().utf8())
        .contains(
            "grant_type=client_credentials",
            "client_id=keyward-sync",
            "client_secret=test-client-secret");
    assertThat(keycloak.tokensIssued()).isEqualTo(1);
  }

  @Test
  void anAdminUserLogsInThroughAdminCliAtMaster() {
    SyncOutcome outcome = sync(profile(Map.of("adminUser", "admin")));

    assertThat(outcome.status()).isEqualTo(SyncStatus.COMPLETED);
    RecordedRequest token = keycloak.requests().get(0);
    assertThat(token.getUrl().encodedPath())
        .isEqualTo("/realms/master/protocol/openid-connect/token");
    assertThat(token.getBody().utf8())
        .contains(
            "grant_type=password",
            "client_id=admin-cli",
            "username=admin",
            "password=test-admin-password");
  }

  @Test
  void anExpiredTokenIsRenewedOnceAndTheSyncGoesOn() {
    keycloak.script(REALM + "/users", json(401, "{\"error\":\"HTTP 401 Unauthorized\"}"));

    SyncOutcome outcome = sync(clientProfile());

    assertThat(outcome.status()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(keycloak.tokensIssued()).isEqualTo(2);
    assertThat(source.cache().repository().stats().identities()).isEqualTo(12);
  }

  @Test
  void aMalformedPageFailsTheSyncAndLeavesTheCacheAsItWas() {
    assertThat(sync(clientProfile()).completed()).isTrue();
    keycloak.script(
        REALM + "/users?briefRepresentation=false&first=2&max=2", json(200, "[{\"id\": \"u-3\", "));

    SyncOutcome failed = sync(clientProfile());

    assertThat(failed.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(failed.error()).startsWith(SOURCE + ": GET " + REALM + "/users: malformed reply");
    assertKeptFirstSync();
  }

  @Test
  void aServerErrorStormExhaustsTheRetriesAndLeavesTheCacheAsItWas() {
    assertThat(sync(clientProfile()).completed()).isTrue();
    var unavailable = json(503, "<html>Service Unavailable</html>");
    keycloak.script(REALM + "/clients", unavailable, unavailable, unavailable, unavailable);

    SyncOutcome failed = sync(clientProfile());

    assertThat(failed.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(failed.error())
        .isEqualTo(
            SOURCE
                + ": GET "
                + REALM
                + "/clients: HTTP 503: <html>Service Unavailable</html> (gave up after 4 tries)");
    assertThat(environments.waits()).hasSize(3);
    assertKeptFirstSync();
  }

  @Test
  void aMissingRoleIsNamedInTheError() {
    keycloak.script(REALM + "/events/config", json(403, "{\"error\":\"HTTP 403 Forbidden\"}"));

    SyncOutcome failed = sync(clientProfile());

    assertThat(failed.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(failed.error())
        .isEqualTo(
            SOURCE
                + ": GET "
                + REALM
                + "/events/config: HTTP 403: HTTP 403 Forbidden (sync needs the realm-management"
                + " roles view-users, query-users, view-clients, query-clients, view-realm,"
                + " view-events; revoking needs manage-users and manage-clients)");
  }

  @Test
  void aRefusedTokenRequestSaysWhy() {
    keycloak.script(
        "/realms/agents/protocol/openid-connect/token",
        json(
            401,
            "{\"error\":\"unauthorized_client\",\"error_description\":\"Invalid client or Invalid client credentials\"}"));

    SyncOutcome failed = sync(clientProfile());

    assertThat(failed.error())
        .isEqualTo(
            SOURCE
                + ": POST /realms/agents/protocol/openid-connect/token (token): the token request was"
                + " refused: HTTP 401: unauthorized_client: Invalid client or Invalid client credentials");
    assertThat(failed.error()).doesNotContain("test-client-secret");
  }

  @Test
  void disabledEventsAreNotFetched() {
    keycloak.script(
        REALM + "/events/config",
        json(200, "{\"eventsEnabled\":false,\"adminEventsEnabled\":false}"));

    SyncOutcome outcome = sync(clientProfile());

    assertThat(outcome.clean()).isTrue();
    assertThat(outcome.notes())
        .containsExactly(
            "realm agents stores no login events (Realm settings > Events): no sign-ins or token"
                + " issuance, so grant use is not observed",
            "realm agents stores no admin events: no changes on timelines");
    assertThat(source.cache().repository().syncRuns().get(0).error())
        .startsWith("realm agents stores no");
    assertThat(source.cache().repository().stats().accessEvents()).isZero();
    assertThat(paths())
        .noneMatch(p -> p.startsWith(REALM + "/events?") || p.startsWith(REALM + "/admin-events"));
    // Without events nobody knows when the secret was last used.
    assertThat(source.cache().repository().credentials(CredentialFilter.ALL, 10).items())
        .filteredOn(c -> c.id().endsWith("/secret"))
        .singleElement()
        .satisfies(c -> assertThat(c.lastUsedAt()).isNull());
  }

  @Test
  void aCancelStopsBetweenPagesAndChangesNothing() {
    assertThat(sync(clientProfile()).completed()).isTrue();
    int firstSyncRequests = keycloak.requests().size();
    SourceProfile profile = clientProfile();
    Cancellation cancellation = new Cancellation();
    SyncListener cancelOnUsers =
        progress -> {
          if (progress.phase().equals("fetching users") && progress.items() > 0) {
            cancellation.cancel();
          }
        };

    SyncOutcome outcome =
        new SyncEngine(source.cache())
            .sync(
                profile.source(connector.location(profile)),
                connect(profile),
                cancelOnUsers,
                cancellation);

    assertThat(outcome.status()).isEqualTo(SyncStatus.INTERRUPTED);
    assertThat(paths().subList(firstSyncRequests, paths().size()))
        .contains(REALM + "/users?briefRepresentation=false&first=0&max=2")
        .doesNotContain(REALM + "/users?briefRepresentation=false&first=2&max=2");
    assertThat(source.cache().repository().stats().identities()).isEqualTo(12);
  }

  @Test
  void testCountsTheRealmsUsers() {
    assertThat(connect(clientProfile()).test())
        .isEqualTo("realm agents on " + source.url("/") + " as client keyward-sync: 3 users");
  }

  @Test
  void connectNamesWhatIsMissing() {
    var noSecret = environments.with(Map.of(), temp);
    assertThatThrownBy(() -> connector.connect(clientProfile(), noSecret))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "source keycloak:agents: no the client secret found; set KEYWARD_KEYCLOAK_CLIENT_SECRET");
    assertThatThrownBy(() -> connector.connect(profile(Map.of()), noSecret))
        .hasMessageContaining(
            "needs the setting 'clientId' (a service-account client) or 'adminUser'");
    assertThatThrownBy(
            () -> connector.connect(profile(Map.of("url", "not a url", "clientId", "x")), noSecret))
        .hasMessage("source keycloak:agents: url 'not a url' is not an http(s) URL");
  }

  private void assertKeptFirstSync() {
    assertThat(source.cache().repository().stats().identities()).isEqualTo(12);
    assertThat(source.cache().repository().stats().grants()).isEqualTo(26);
    List<SyncRun> runs = source.cache().repository().syncRuns();
    assertThat(runs)
        .extracting(SyncRun::status)
        .containsExactlyInAnyOrder(SyncStatus.COMPLETED, SyncStatus.FAILED);
  }
}
