package io.keyward.connectors.mlflow;

import static io.keyward.connectors.testing.RoutedApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncListener;
import io.keyward.connectors.SyncOutcome;
import io.keyward.connectors.testing.Fixtures;
import io.keyward.connectors.testing.LoopbackSource;
import io.keyward.connectors.testing.RoutedApi;
import io.keyward.connectors.testing.TestEnvironments;
import io.keyward.model.domain.SourceKind;
import io.keyward.model.domain.SyncStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Syncs over loopback HTTP into a real SQLite source.cache(): paging, auth, throttling and
 * failures.
 */
class MlflowSyncTest {
  private static final String SOURCE = "mlflow:registry";
  private static final String API = "/api/2.0/mlflow/";
  private static final String MODELS = "GET " + API + "registered-models/search";
  private static final String VERSIONS = "GET " + API + "model-versions/search";
  private static final String RUNS = "POST " + API + "runs/search";
  private static final Map<String, String> BASIC =
      Map.of("MLFLOW_TRACKING_USERNAME", "keyward-reader", "MLFLOW_TRACKING_PASSWORD", "s3cret");

  @TempDir Path dir;
  private final RoutedApi api = new RoutedApi();

  @RegisterExtension final LoopbackSource source = new LoopbackSource(api);

  private final TestEnvironments environments = new TestEnvironments();
  private final MlflowConnector connector = new MlflowConnector(2);

  private static MockResponse fixture(String file) {
    return json(200, Fixtures.text("mlflow", file));
  }

  /** A server with two pages of each list, answered in order. */
  private void serveRegistry() {
    api.always("GET " + API + "experiments/search", fixture("experiments-search.json"));
    api.once(
        MODELS,
        fixture("registered-models-search-1.json"),
        fixture("registered-models-search-2.json"));
    api.once(
        VERSIONS, fixture("model-versions-search-1.json"), fixture("model-versions-search-2.json"));
    api.once(RUNS, fixture("runs-search-1.json"), fixture("runs-search-2.json"));
  }

  private SourceProfile profile() {
    return new SourceProfile(
        SOURCE, SourceKind.MLFLOW, "Registry", Map.of("url", source.baseUrl()));
  }

  private SourceConnection connect(Map<String, String> variables) {
    return connector.connect(profile(), environments.with(variables, dir));
  }

  private SyncOutcome sync(Map<String, String> variables) {
    return new SyncEngine(source.cache())
        .sync(
            connector.source(profile()),
            connect(variables),
            SyncListener.SILENT,
            new Cancellation());
  }

  private List<RecordedRequest> requests(String route) {
    return api.requests().stream()
        .filter(r -> (r.getMethod() + " " + r.getUrl().encodedPath()).equals(route))
        .toList();
  }

  @Test
  void syncsModelsVersionsAndRunsAcrossPages() {
    serveRegistry();

    SyncOutcome outcome = sync(BASIC);

    assertThat(outcome.status()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(outcome.skipped())
        .containsExactly("run 6666bbbb6666bbbb6666bbbb6666bbbb: no start_time");
    assertThat(source.cache().repository().lineage().resources()).hasSize(10);
    assertThat(source.cache().repository().lineage().runs()).hasSize(5);
    assertThat(source.cache().repository().stats().lineageRecords()).isEqualTo(5);

    List<RecordedRequest> models = requests(MODELS);
    assertThat(models).hasSize(2);
    assertThat(models.get(0).getUrl().queryParameter("page_token")).isNull();
    assertThat(models.get(0).getUrl().queryParameter("max_results")).isEqualTo("2");
    assertThat(models.get(1).getUrl().queryParameter("page_token"))
        .isEqualTo("eyJvZmZzZXQiOiAyfQ==");
    List<RecordedRequest> runs = requests(RUNS);
    assertThat(runs).hasSize(2);
    assertThat(runs.get(0).getBody().utf8())
        .isEqualTo(
            "{\"experiment_ids\":[\"0\",\"3\"],\"max_results\":2,\"run_view_type\":\"ALL\"}");
    assertThat(runs.get(1).getBody().utf8()).contains("\"page_token\":\"eyJvZmZzZXQiOiAyfQ==\"");
  }

  @Test
  void sendsBasicAuthOrTheTrackingTokenAsMlflowsClientDoes() {
    serveRegistry();
    sync(BASIC);
    String basic = Base64.getEncoder().encodeToString("keyward-reader:s3cret".getBytes());
    assertThat(api.requests())
        .allMatch(r -> ("Basic " + basic).equals(r.getHeaders().get("Authorization")));

    serveRegistry();
    int before = api.requests().size();
    sync(Map.of("MLFLOW_TRACKING_TOKEN", "dapi-123", "MLFLOW_TRACKING_USERNAME", "ignored"));
    assertThat(api.requests().subList(before, api.requests().size()))
        .allMatch(r -> "Bearer dapi-123".equals(r.getHeaders().get("Authorization")));
  }

  @Test
  void throttlingIsWaitedOutAsTheServerAsks() {
    api.once(
        VERSIONS,
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "3")
            .body(Fixtures.text("mlflow", "error-rate-limit.json"))
            .build());
    serveRegistry();

    SyncOutcome outcome = sync(BASIC);

    assertThat(outcome.status()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(environments.waits()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void aFailedSyncLeavesTheLastGoodOneInTheCache() {
    serveRegistry();
    sync(BASIC);
    api.always("GET " + API + "experiments/search", fixture("experiments-search.json"));
    api.always(MODELS, json(500, Fixtures.text("mlflow", "error-internal.json")));

    SyncOutcome failed = sync(BASIC);

    assertThat(failed.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(failed.error())
        .contains(SOURCE)
        .contains("GET /api/2.0/mlflow/registered-models/search")
        .contains("INTERNAL_ERROR")
        .contains("gave up after 4 tries");
    assertThat(source.cache().repository().lineage().runs()).hasSize(5);
    assertThat(source.cache().repository().lineage().resources()).hasSize(10);
  }

  @Test
  void aRefusalSaysWhichRightIsMissing() {
    api.always("GET " + API + "experiments/search", fixture("experiments-search.json"));
    api.always(MODELS, json(403, Fixtures.text("mlflow", "error-permission-denied.json")));

    SyncOutcome outcome = sync(BASIC);

    assertThat(outcome.error())
        .contains("HTTP 403: PERMISSION_DENIED Permission denied for user 'keyward-reader'")
        .contains("needs READ");
    assertThat(api.requests()).hasSize(2);
  }

  @Test
  void aMalformedPageFailsTheSyncNamingTheEndpoint() {
    api.always("GET " + API + "experiments/search", json(200, "{\"experiments\": [{"));

    SyncOutcome outcome = sync(Map.of());

    assertThat(outcome.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(outcome.error()).contains("experiments/search").contains("malformed reply");
    assertThat(source.cache().repository().lineage().runs()).isEmpty();
  }

  @Test
  void aPageTokenSentTwiceEndsTheSyncInsteadOfLooping() {
    String looping = "{\"experiments\": [], \"next_page_token\": \"same\"}";
    api.always("GET " + API + "experiments/search", json(200, looping));

    SyncOutcome outcome = sync(Map.of());

    assertThat(outcome.error()).contains("page token same twice");
  }

  @Test
  void testReadsOneModelAndSaysWhoSignedIn() {
    api.always(MODELS, fixture("registered-models-search-2.json"));

    assertThat(connect(BASIC).test())
        .isEqualTo("MLflow at " + source.url("/") + " as user keyward-reader: registry readable");
    assertThat(api.requests().get(0).getUrl().queryParameter("max_results")).isEqualTo("1");
  }

  @Test
  void anUnauthenticatedServerSaysWhichVariablesToSet() {
    api.always(MODELS, json(401, ""));

    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> connect(Map.of()).test()))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("HTTP 401")
        .hasMessageContaining("MLFLOW_TRACKING_TOKEN");
  }
}
