package io.keyward.connectors.entra;

import static io.keyward.connectors.entra.GraphFixtures.ALICE;
import static io.keyward.connectors.entra.GraphFixtures.CI_BOT_APP;
import static io.keyward.connectors.entra.GraphFixtures.FRANK;
import static io.keyward.connectors.entra.GraphFixtures.RESEARCH_AGENT;
import static io.keyward.connectors.entra.GraphServer.TENANT;
import static io.keyward.connectors.entra.GraphServer.TOKEN_PATH;
import static io.keyward.connectors.entra.GraphServer.USERS_PAGE_2;
import static io.keyward.connectors.entra.GraphServer.reply;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.Cancellation;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncListener;
import io.keyward.connectors.SyncOutcome;
import io.keyward.connectors.SyncProgress;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.testing.Fixtures;
import io.keyward.connectors.testing.TestEnvironments;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.EstateStats;
import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.SourceKind;
import io.keyward.model.domain.SyncRun;
import io.keyward.model.domain.SyncStatus;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full syncs over loopback HTTP into a real SQLite cache, good and failing. */
class EntraSyncTest {
  private static final String SOURCE = "entra:demo-corp";
  private static final String CLIENT = "c1b00000-0000-4000-8000-0000000000a2";

  @TempDir Path home;
  private GraphServer graph;
  private Cache cache;
  private final TestEnvironments environments = new TestEnvironments();
  private final EntraConnector connector = new EntraConnector();

  @BeforeEach
  void start() throws Exception {
    graph = new GraphServer();
    cache = Cache.open(home.resolve("cache.db"));
  }

  @AfterEach
  void stop() {
    cache.close();
    graph.close();
  }

  private SourceProfile profile() {
    return new SourceProfile(
        SOURCE,
        SourceKind.ENTRA_ID,
        "Demo Corp",
        Map.of(
            "tenantId",
            TENANT,
            "clientId",
            CLIENT,
            "loginUrl",
            graph.loginUrl(),
            "graphUrl",
            graph.graphUrl()));
  }

  private ConnectEnvironment secretEnvironment() {
    return environments.with(Map.of("AZURE_CLIENT_SECRET", "test-secret-value"), home);
  }

  private SyncOutcome sync(ConnectEnvironment environment) {
    SourceProfile profile = profile();
    return new SyncEngine(cache)
        .sync(
            connector.source(profile),
            connector.connect(profile, environment),
            SyncListener.SILENT,
            new Cancellation());
  }

  private SyncOutcome sync() {
    return sync(secretEnvironment());
  }

  private static Map<String, String> form(RecordedRequest request) {
    return Arrays.stream(request.getBody().utf8().split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.toMap(
                p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
  }

  private void assertFailedKeepingTheFirstSync(SyncOutcome outcome, String error) {
    assertThat(outcome.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(outcome.error()).isEqualTo(error);
    assertThat(cache.repository().stats().identities()).isEqualTo(19);
    assertThat(cache.repository().stats().grants()).isEqualTo(16);
    assertThat(cache.repository().syncRuns())
        .extracting(SyncRun::sourceId, SyncRun::status, SyncRun::error)
        .contains(
            org.assertj.core.groups.Tuple.tuple(SOURCE, SyncStatus.COMPLETED, null),
            org.assertj.core.groups.Tuple.tuple(SOURCE, SyncStatus.FAILED, error));
  }

  @Test
  void aFullSyncLoadsTheWholeTenant() {
    SyncOutcome outcome = sync();

    assertThat(outcome.status()).isEqualTo(SyncStatus.COMPLETED);
    EstateStats stats = cache.repository().stats();
    assertThat(stats.identities()).isEqualTo(19);
    assertThat(stats.identitiesByKind())
        .containsEntry(IdentityKind.HUMAN, 7L)
        .containsEntry(IdentityKind.GROUP, 2L)
        .containsEntry(IdentityKind.AGENT, 4L)
        .containsEntry(IdentityKind.APPLICATION, 5L)
        .containsEntry(IdentityKind.WORKLOAD, 1L);
    assertThat(stats.credentials()).isEqualTo(7);
    assertThat(stats.grants()).isEqualTo(16);
    assertThat(stats.delegations()).isEqualTo(9);
    assertThat(stats.resources()).isEqualTo(2);
    assertThat(stats.accessEvents()).isEqualTo(6);
    assertThat(outcome.itemsLoaded()).isEqualTo(19 + 7 + 16 + 9 + 2 + 6);
    assertThat(cache.repository().sources())
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.location()).isEqualTo("tenant " + TENANT + " on " + graph.graphUrl()));
  }

  @Test
  void progressNamesEachEndpointAndCountsItsItems() {
    List<SyncProgress> seen = new ArrayList<>();
    SourceProfile profile = profile();

    new SyncEngine(cache)
        .sync(
            connector.source(profile),
            connector.connect(profile, secretEnvironment()),
            seen::add,
            new Cancellation());

    assertThat(seen.stream().map(SyncProgress::phase).distinct())
        .containsSubsequence(
            "reading users",
            "reading groups",
            "reading group members",
            "reading service principals",
            "reading agent identities",
            "reading applications",
            "reading delegated consents",
            "reading app role assignments",
            "reading directory roles",
            "reading sign-ins",
            "reading service principal sign-ins",
            "reading credential changes",
            "mapping",
            "loading");
    assertThat(seen)
        .filteredOn(p -> p.phase().equals("reading users"))
        .extracting(SyncProgress::items)
        .contains(3L, 7L);
  }

  @Test
  void aCancelBetweenPagesInterruptsAndKeepsTheCache() {
    assertThat(sync().status()).isEqualTo(SyncStatus.COMPLETED);
    Cancellation cancellation = new Cancellation();
    SourceProfile profile = profile();

    SyncOutcome outcome =
        new SyncEngine(cache)
            .sync(
                connector.source(profile),
                connector.connect(profile, secretEnvironment()),
                progress -> {
                  if (progress.phase().equals("reading users") && progress.items() == 3) {
                    cancellation.cancel();
                  }
                },
                cancellation);

    assertThat(outcome.status()).isEqualTo(SyncStatus.INTERRUPTED);
    // Page 2 was asked for by the first sync only.
    assertThat(graph.requests(USERS_PAGE_2)).hasSize(1);
    assertThat(cache.repository().stats().identities()).isEqualTo(19);
  }

  @Test
  void theTokenIsAskedForWithTheClientCredentialsGrantOnGraphsDefaultScope() {
    sync();

    RecordedRequest token = graph.requests(TOKEN_PATH).get(0);
    assertThat(token.getMethod()).isEqualTo("POST");
    assertThat(form(token))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                CLIENT,
                "client_secret",
                "test-secret-value",
                "scope",
                graph.graphUrl() + ".default"));
    assertThat(graph.tokensIssued()).isEqualTo(1);
  }

  @Test
  void usersArriveOverTwoPagesFollowingNextLinkVerbatim() {
    sync();

    List<RecordedRequest> second = graph.requests(USERS_PAGE_2);
    assertThat(second).hasSize(1);
    String nextLink =
        GraphFixtures.text("users.json")
            .lines()
            .filter(l -> l.contains("@odata.nextLink"))
            .findFirst()
            .orElseThrow()
            .replaceAll(".*\"(\\{\\{graph}}[^\"]+)\".*", "$1")
            .replace("{{graph}}", graph.graphUrl().replaceAll("/$", ""));
    assertThat(second.get(0).getUrl().toString()).isEqualTo(nextLink);
    assertThat(cache.repository().stats().identitiesByKind()).containsEntry(IdentityKind.HUMAN, 7L);
  }

  @Test
  void throttlingWaitsAsLongAsRetryAfterSaysThenSucceeds() {
    graph.script(
        "/v1.0/users",
        reply(429, "error-throttled.json").newBuilder().addHeader("Retry-After", "7").build());
    graph.script(
        "/v1.0/applications",
        reply(503, "error-unavailable.json").newBuilder().addHeader("Retry-After", "3").build());

    SyncOutcome outcome = sync();

    assertThat(outcome.status()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(environments.waits()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(3));
    assertThat(graph.requests("/v1.0/users")).hasSize(2);
  }

  @Test
  void anExpiredTokenIsRenewedOnceAndTheSyncGoesOn() {
    graph.script("/v1.0/groups", reply(401, "error-expired-token.json"));

    SyncOutcome outcome = sync();

    assertThat(outcome.status()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(graph.tokensIssued()).isEqualTo(2);
    List<RecordedRequest> groups = graph.requests("/v1.0/groups");
    assertThat(groups).hasSize(2);
    assertThat(groups.get(1).getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
  }

  @Test
  void aMalformedPageFailsTheSyncAndKeepsTheCache() {
    assertThat(sync().status()).isEqualTo(SyncStatus.COMPLETED);
    graph.script(USERS_PAGE_2, reply(200, "users-malformed.json"));

    SyncOutcome outcome = sync();

    assertThat(outcome.error()).startsWith(SOURCE + ": GET /v1.0/users (page 2): malformed reply:");
    assertFailedKeepingTheFirstSync(outcome, outcome.error());
  }

  @Test
  void anItemMissingItsIdNamesThePageAndItem() {
    assertThat(sync().status()).isEqualTo(SyncStatus.COMPLETED);
    graph.script(
        "/v1.0/groups",
        new MockResponse.Builder()
            .body("{\"value\":[{\"id\":\"9a0a\"},{\"displayName\":\"no id\"}]}")
            .build());

    SyncOutcome outcome = sync();

    assertThat(outcome.error())
        .startsWith(
            SOURCE + ": GET /v1.0/groups (page 1, item 2): malformed item: Missing required");
    assertFailedKeepingTheFirstSync(outcome, outcome.error());
  }

  @Test
  void aServerErrorStormExhaustsTheRetriesAndKeepsTheCache() {
    assertThat(sync().status()).isEqualTo(SyncStatus.COMPLETED);
    for (int i = 0; i < TestEnvironments.FAST_RETRY.attempts(); i++) {
      graph.script("/v1.0/servicePrincipals", reply(503, "error-unavailable.json"));
    }

    SyncOutcome outcome = sync();

    assertFailedKeepingTheFirstSync(
        outcome,
        SOURCE
            + ": GET /v1.0/servicePrincipals (page 1): HTTP 503 UnknownError (gave up after 4"
            + " tries)");
    assertThat(environments.waits()).hasSize(3);
  }

  @Test
  void aMissingPermissionFailsWithGraphsOwnWords() {
    assertThat(sync().status()).isEqualTo(SyncStatus.COMPLETED);
    graph.script("/v1.0/applications", reply(403, "error-forbidden.json"));

    SyncOutcome outcome = sync();

    assertFailedKeepingTheFirstSync(
        outcome,
        SOURCE
            + ": GET /v1.0/applications (page 1): HTTP 403 Authorization_RequestDenied:"
            + " Insufficient privileges to complete the operation.");
    assertThat(graph.requests("/v1.0/applications")).hasSize(2);
  }

  @Test
  void signInsAndCredentialChangesBecomeEventsOnTheirIdentities() {
    SyncOutcome outcome = sync();

    assertThat(outcome.clean()).isTrue();
    assertThat(outcome.notes()).isEmpty();
    assertThat(graph.requests(GraphServer.SIGN_INS_PAGE_2)).hasSize(1);
    RecordedRequest principals = graph.requests("/beta/auditLogs/signIns").get(0);
    assertThat(principals.getUrl().queryParameter("$filter"))
        .endsWith(" and signInEventTypes/any(t: t eq 'servicePrincipal')")
        .startsWith("createdDateTime ge ");

    String alice = SOURCE + ":user/" + ALICE;
    String ciBot = SOURCE + ":app/" + CI_BOT_APP;
    String agent = SOURCE + ":agent/" + RESEARCH_AGENT;
    assertThat(cache.repository().accessEventsAbout(alice, List.of()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(AccessEventType.SIGN_IN);
              assertThat(e.action()).isEqualTo("Sign-in to Graph Explorer");
              assertThat(e.resource()).isEqualTo("Microsoft Graph");
              assertThat(e.sourceIp()).isEqualTo("203.0.113.7");
              assertThat(e.region()).isEqualTo("NL");
              assertThat(e.time()).isEqualTo(Instant.parse("2026-11-20T08:15:02Z"));
            });
    assertThat(cache.repository().accessEventsAbout(SOURCE + ":user/" + FRANK, List.of()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(AccessEventType.ACCESS_DENIED);
              assertThat(e.action())
                  .startsWith("Sign-in to Azure Portal failed: 53003 Access has been blocked");
            });
    assertThat(cache.repository().accessEventsAbout(ciBot, List.of()))
        .extracting(AccessEvent::type, AccessEvent::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                AccessEventType.CHANGE, "Update application – Certificates and secrets management"),
            org.assertj.core.groups.Tuple.tuple(
                AccessEventType.CREDENTIAL_ISSUED, "Service principal sign-in to ci-bot"));
    assertThat(cache.repository().accessEventsAbout(agent, List.of()))
        .extracting(AccessEvent::type, AccessEvent::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                AccessEventType.ACCESS_DENIED, "Add service principal credentials (failure)"),
            org.assertj.core.groups.Tuple.tuple(
                AccessEventType.ACCESS_DENIED,
                "Service principal sign-in to research-agent failed: 7000215 Invalid client"
                    + " secret provided. Ensure the secret being sent in the request is the"
                    + " client secret value, not the client secret ID, for a secret added to app"
                    + " 'a9e00000-0000-4000-8000-0000000003a1'."));
    // "Update service principal" changes no credential.
    assertThat(cache.repository().stats().accessEvents()).isEqualTo(6);
  }

  @Test
  void withoutAuditLogReadTheInventoryLoadsAndTheSyncSaysWhy() {
    graph.script("/v1.0/auditLogs/signIns", reply(403, "error-forbidden.json"));
    graph.script("/beta/auditLogs/signIns", reply(403, "error-forbidden.json"));
    graph.script("/v1.0/auditLogs/directoryAudits", reply(403, "error-forbidden.json"));

    SyncOutcome outcome = sync();

    assertThat(outcome.clean()).isTrue();
    assertThat(cache.repository().stats().identities()).isEqualTo(19);
    assertThat(cache.repository().stats().accessEvents()).isZero();
    assertThat(outcome.notes())
        .containsExactly(
            "user sign-ins not read: GET /v1.0/auditLogs/signIns answered 403 (the app needs"
                + " AuditLog.Read.All; sign-ins also an Entra ID P1/P2 licence)",
            "service principal sign-ins (Graph beta) not read: GET /beta/auditLogs/signIns"
                + " answered 403 (the app needs AuditLog.Read.All; sign-ins also an Entra ID"
                + " P1/P2 licence)",
            "directory audits not read: GET /v1.0/auditLogs/directoryAudits answered 403 (the"
                + " app needs AuditLog.Read.All; sign-ins also an Entra ID P1/P2 licence)");
  }

  @Test
  void aTenantWithoutAgentIdentitiesStillSyncs() {
    graph.script(
        "/v1.0/servicePrincipals/microsoft.graph.agentIdentity",
        reply(403, "error-forbidden.json"));

    SyncOutcome outcome = sync();

    assertThat(outcome.status()).isEqualTo(SyncStatus.COMPLETED);
    // research-agent is still an agent by its @odata.type in the service principal list; the
    // two agents only the agent endpoint knew are gone, and so are their grants.
    assertThat(cache.repository().stats().identitiesByKind()).containsEntry(IdentityKind.AGENT, 2L);
    assertThat(cache.repository().stats().identities()).isEqualTo(17);
  }

  @Test
  void aNextLinkOffTheGraphHostIsNotFollowed() {
    graph.script(
        "/v1.0/groups",
        new MockResponse.Builder()
            .body(
                "{\"value\":[],\"@odata.nextLink\":\"https://elsewhere.example/v1.0/groups?$skiptoken=x\"}")
            .build());

    SyncOutcome outcome = sync();

    assertThat(outcome.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(outcome.error())
        .isEqualTo(
            SOURCE
                + ": GET /v1.0/groups (page 1): @odata.nextLink does not point at "
                + graph.graphUrl()
                + ": https://elsewhere.example/v1.0/groups?$skiptoken=x");
  }

  @Test
  void aCertificateSignsInWithAClientAssertionForTheTokenEndpoint() throws Exception {
    Path pem = Fixtures.path("entra", "test-only-certificate.pem");
    ConnectEnvironment environment =
        environments.with(Map.of("AZURE_CLIENT_CERTIFICATE_PATH", pem.toString()), home);

    assertThat(sync(environment).status()).isEqualTo(SyncStatus.COMPLETED);

    Map<String, String> form = form(graph.requests(TOKEN_PATH).get(0));
    assertThat(form)
        .doesNotContainKey("client_secret")
        .containsEntry("client_assertion_type", ClientAssertion.TYPE)
        .containsEntry("client_id", CLIENT);
    String[] jwt = form.get("client_assertion").split("\\.");
    JsonNode claims = WireJson.MAPPER.readTree(Base64.getUrlDecoder().decode(jwt[1]));
    assertThat(claims.get("aud").asText())
        .isEqualTo(graph.loginUrl() + "/" + TENANT + "/oauth2/v2.0/token");
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initVerify(CertificateKey.read(pem).certificate().getPublicKey());
    rs256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(rs256.verify(Base64.getUrlDecoder().decode(jwt[2]))).isTrue();
  }

  @Test
  void theTestNamesTheTenantAndTheCredential() {
    String reached = connector.connect(profile(), secretEnvironment()).test();

    assertThat(reached)
        .isEqualTo(
            "Entra tenant Demo Corp on "
                + graph.graphUrl()
                + ": app "
                + CLIENT
                + " signed in with its client secret");
  }

  @Test
  void aRefusedTokenSaysWhyWithoutTheSecret() {
    graph.script(
        TOKEN_PATH,
        new MockResponse.Builder()
            .code(401)
            .body(
                "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid"
                    + " client secret provided.\",\"error_codes\":[7000215]}")
            .build());

    SyncOutcome outcome = sync();

    assertThat(outcome.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(outcome.error())
        .isEqualTo(
            SOURCE
                + ": POST /login/"
                + TENANT
                + "/oauth2/v2.0/token (token): the token request was refused: HTTP 401:"
                + " invalid_client: AADSTS7000215: Invalid client secret provided.")
        .doesNotContain("test-secret-value");
  }
}
