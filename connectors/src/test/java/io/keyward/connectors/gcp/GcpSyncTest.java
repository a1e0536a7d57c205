package io.keyward.connectors.gcp;

import static io.keyward.connectors.gcp.GoogleApiFake.PROJECT;
import static io.keyward.connectors.gcp.GoogleApiFake.SA_PATH;
import static io.keyward.connectors.gcp.GoogleApiFake.email;
import static io.keyward.connectors.gcp.GoogleApiFake.error;
import static io.keyward.connectors.gcp.GoogleApiFake.fixture;
import static io.keyward.connectors.gcp.GoogleApiFake.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.Cancellation;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncListener;
import io.keyward.connectors.SyncOutcome;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.testing.Fixtures;
import io.keyward.connectors.testing.LoopbackSource;
import io.keyward.connectors.testing.RoutedApi;
import io.keyward.connectors.testing.TestEnvironments;
import io.keyward.model.cache.EstateStats;
import io.keyward.model.domain.SourceKind;
import io.keyward.model.domain.SyncRun;
import io.keyward.model.domain.SyncStatus;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Syncs over real loopback HTTP into a real SQLite source.cache(), and the ways that can go wrong.
 */
class GcpSyncTest {
  private static final String SOURCE = "gcp:" + PROJECT;
  private static final String PAGE_2 =
      "GET "
          + SA_PATH
          + "?pageSize=100&pageToken=CkZwcm9qZWN0cy9tbC1wcm9kLTQ3MTEvc2VydmljZUFjY291bnRzL2V2YWwtYWdlbnQ=";
  private static final String PROJECT_POLICY = "POST /v1/projects/" + PROJECT + ":getIamPolicy";

  @TempDir Path dir;
  private final RoutedApi fake = GoogleApiFake.project();

  @RegisterExtension final LoopbackSource source = new LoopbackSource(fake);

  private final TestEnvironments environments = new TestEnvironments();
  private final GcpConnector connector = new GcpConnector();

  private SourceProfile profile() {
    String base = source.baseUrl();
    return new SourceProfile(
        SOURCE,
        SourceKind.GCP_IAM,
        "GCP " + PROJECT,
        Map.of(
            GcpConnector.PROJECT_ID,
            PROJECT,
            GcpConnector.IAM_URL,
            base,
            GcpConnector.RESOURCE_MANAGER_URL,
            base));
  }

  private Map<String, String> keyFile() {
    Path key = TestServiceAccountKey.write(dir, source.url("/token").toString());
    return Map.of(GcpCredentials.KEY_FILE_VARIABLE, key.toString());
  }

  private SourceConnection connect(Map<String, String> variables) {
    return connector.connect(profile(), environments.with(variables, dir));
  }

  private SyncOutcome sync() {
    return sync(keyFile());
  }

  private SyncOutcome sync(Map<String, String> variables) {
    return new SyncEngine(source.cache())
        .sync(
            connector.source(profile()),
            connect(variables),
            SyncListener.SILENT,
            new Cancellation());
  }

  private SyncRun lastRun() {
    return source.cache().repository().syncRuns().stream()
        .max(Comparator.comparingLong(SyncRun::id))
        .orElseThrow();
  }

  private void assertFirstSyncKept() {
    EstateStats stats = source.cache().repository().stats();
    assertThat(stats.identities()).isEqualTo(15);
    assertThat(stats.credentials()).isEqualTo(3);
    assertThat(stats.grants()).isEqualTo(16);
    assertThat(stats.delegations()).isEqualTo(7);
  }

  private void assertFailedKeepingFirstSync(SyncOutcome outcome, String endpoint) {
    assertThat(outcome.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(outcome.error()).startsWith(SOURCE + ": " + endpoint);
    assertFirstSyncKept();
    assertThat(lastRun().status()).isEqualTo(SyncStatus.FAILED);
    assertThat(lastRun().error()).isEqualTo(outcome.error());
    assertThat(source.cache().repository().syncRuns()).hasSize(2);
  }

  private static MockResponse throttled(String retryAfter) {
    return new MockResponse.Builder(error(429, "error-429.json"))
        .addHeader("Retry-After", retryAfter)
        .build();
  }

  @Test
  void aFullSyncLoadsAccountsKeysGrantsAndImpersonationEdges() {
    SyncOutcome outcome = sync();

    assertThat(outcome.error()).isNull();
    assertThat(outcome.status()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(outcome.itemsLoaded()).isEqualTo(15 + 3 + 16 + 7);
    assertFirstSyncKept();
    assertThat(source.cache().repository().stats().identitiesBySource()).containsEntry(SOURCE, 15L);
    assertThat(lastRun().status()).isEqualTo(SyncStatus.COMPLETED);
  }

  @Test
  void followsNextPageTokenToTheLastPage() {
    sync();

    List<RecordedRequest> pages = fake.requests("GET", SA_PATH);
    assertThat(pages).hasSize(2);
    assertThat(pages.get(0).getUrl().queryParameter("pageSize")).isEqualTo("100");
    assertThat(pages.get(0).getUrl().queryParameter("pageToken")).isNull();
    assertThat(pages.get(1).getUrl().queryParameter("pageToken"))
        .isEqualTo("CkZwcm9qZWN0cy9tbC1wcm9kLTQ3MTEvc2VydmljZUFjY291bnRzL2V2YWwtYWdlbnQ=");
  }

  @Test
  void asksForPolicyVersionThreeAndUserManagedKeysOnly() {
    sync();

    RecordedRequest project =
        fake.requests("POST", "/v1/projects/" + PROJECT + ":getIamPolicy").get(0);
    assertThat(project.getBody().utf8()).isEqualTo("{\"options\":{\"requestedPolicyVersion\":3}}");
    RecordedRequest account =
        fake.requests("POST", SA_PATH + "/" + email("trainer") + ":getIamPolicy").get(0);
    assertThat(account.getUrl().queryParameter("options.requestedPolicyVersion")).isEqualTo("3");
    RecordedRequest keys = fake.requests("GET", SA_PATH + "/" + email("trainer") + "/keys").get(0);
    assertThat(keys.getUrl().queryParameter("keyTypes")).isEqualTo("USER_MANAGED");
  }

  @Test
  void signsAJwtBearerAssertionTheTestKeyVerifies() throws IOException {
    sync();

    List<RecordedRequest> tokenRequests = fake.requests("POST", "/token");
    assertThat(tokenRequests).hasSize(1);
    Map<String, String> form = form(tokenRequests.get(0));
    assertThat(form).containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
    String jwt = form.get("assertion");
    assertThat(TestServiceAccountKey.verifies(jwt)).isTrue();

    String[] parts = jwt.split("\\.");
    JsonNode header = decode(parts[0]);
    assertThat(header.get("alg").asText()).isEqualTo("RS256");
    assertThat(header.get("kid").asText()).isEqualTo(TestServiceAccountKey.KEY_ID);
    JsonNode claims = decode(parts[1]);
    assertThat(claims.get("iss").asText()).isEqualTo(TestServiceAccountKey.CLIENT_EMAIL);
    assertThat(claims.get("scope").asText())
        .isEqualTo("https://www.googleapis.com/auth/cloud-platform");
    assertThat(claims.get("aud").asText()).isEqualTo(source.url("/token").toString());
    assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(3600);

    assertThat(fake.requests("GET", SA_PATH).get(0).getHeaders().get("Authorization"))
        .isEqualTo("Bearer ya29.c.first-token");
  }

  @Test
  void throttlingIsRetriedAfterTheWaitGoogleAsksFor() {
    fake.once("GET " + SA_PATH + "?pageSize=100", throttled("7"));

    SyncOutcome outcome = sync();

    assertThat(outcome.status()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(environments.waits()).containsExactly(Duration.ofSeconds(7));
    assertFirstSyncKept();
  }

  @Test
  void resourceExhaustedIsRetriedWhateverTheHttpCode() {
    String quota = Fixtures.text("gcp", "error-429.json").replace("429", "403");
    fake.once("GET " + SA_PATH + "/" + email("eval-agent") + "/keys", json(403, quota));

    SyncOutcome outcome = sync();

    assertThat(outcome.status()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(environments.waits()).hasSize(1);
  }

  @Test
  void aMalformedPageFailsTheRunAndKeepsTheCache() {
    sync();
    fake.once(PAGE_2, fixture("serviceAccounts-truncated.json"));

    SyncOutcome outcome = sync();

    assertFailedKeepingFirstSync(outcome, "GET " + SA_PATH + " (page 2): malformed reply");
  }

  @Test
  void anExpiredTokenIsReplacedByANewJwtBearerTokenAndTheRequestRepeated() throws IOException {
    fake.once("POST /token", fixture("token.json"), fixture("token-renewed.json"));
    fake.once(PAGE_2, error(401, "error-401.json"));

    SyncOutcome outcome = sync();

    assertThat(outcome.status()).isEqualTo(SyncStatus.COMPLETED);
    List<RecordedRequest> tokenRequests = fake.requests("POST", "/token");
    assertThat(tokenRequests).hasSize(2);
    assertThat(TestServiceAccountKey.verifies(form(tokenRequests.get(1)).get("assertion")))
        .isTrue();
    List<RecordedRequest> pages = fake.requests("GET", SA_PATH);
    assertThat(pages).hasSize(3);
    assertThat(pages.get(2).getHeaders().get("Authorization"))
        .isEqualTo("Bearer ya29.c.renewed-token");
    assertThat(environments.waits()).isEmpty();
  }

  @Test
  void anAccessTokenFromTheEnvironmentIsSentAsIsAndA401IsFinal() {
    SyncOutcome good = sync(Map.of(GcpCredentials.TOKEN_VARIABLE, "ya29.from-gcloud"));
    assertThat(good.status()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(fake.requests("GET", SA_PATH).get(0).getHeaders().get("Authorization"))
        .isEqualTo("Bearer ya29.from-gcloud");
    fake.once("GET " + SA_PATH + "?pageSize=100", error(401, "error-401.json"));

    SyncOutcome outcome = sync(Map.of(GcpCredentials.TOKEN_VARIABLE, "ya29.from-gcloud"));

    assertFailedKeepingFirstSync(outcome, "GET " + SA_PATH + " (page 1): HTTP 401 UNAUTHENTICATED");
    assertThat(fake.requests("POST", "/token")).isEmpty();
  }

  @Test
  void aServerErrorStormExhaustsTheRetriesAndKeepsTheCache() {
    sync();
    MockResponse unavailable = error(503, "error-503.json");
    fake.once(PROJECT_POLICY, unavailable, unavailable, unavailable, unavailable);

    SyncOutcome outcome = sync();

    assertFailedKeepingFirstSync(
        outcome,
        "POST /v1/projects/"
            + PROJECT
            + ":getIamPolicy (project "
            + PROJECT
            + "): HTTP 503 UNAVAILABLE: The service is currently unavailable. (gave up after 4"
            + " tries)");
    assertThat(environments.waits()).hasSize(3);
  }

  @Test
  void aRefusalSaysWhatGoogleSaidAndIsNotRetried() {
    sync();
    fake.once("GET " + SA_PATH + "?pageSize=100", error(403, "error-403.json"));

    SyncOutcome outcome = sync();

    assertFailedKeepingFirstSync(
        outcome,
        "GET "
            + SA_PATH
            + " (page 1): HTTP 403 PERMISSION_DENIED: Permission 'iam.serviceAccounts.list'"
            + " denied");
    assertThat(environments.waits()).isEmpty();
  }

  @Test
  void aRefusedTokenRequestNamesTheOAuthError() {
    fake.once(
        "POST /token",
        json(
            400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}"));

    SyncOutcome outcome = sync();

    assertThat(outcome.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(outcome.error())
        .isEqualTo(
            SOURCE
                + ": POST /token (token): the token request was refused: HTTP 400: invalid_grant:"
                + " Invalid JWT Signature.");
  }

  @Test
  void testSaysWhoReadWhat() {
    String reached = connect(keyFile()).test();

    assertThat(reached)
        .isEqualTo(
            "project "
                + PROJECT
                + " on "
                + source.url("/")
                + " as service account "
                + TestServiceAccountKey.CLIENT_EMAIL
                + ": service accounts readable");
  }

  private static Map<String, String> form(RecordedRequest request) {
    Map<String, String> form = new HashMap<>();
    for (String pair : request.getBody().utf8().split("&")) {
      int eq = pair.indexOf('=');
      form.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return form;
  }

  private static JsonNode decode(String part) throws IOException {
    return WireJson.MAPPER.readTree(Base64.getUrlDecoder().decode(part));
  }
}
