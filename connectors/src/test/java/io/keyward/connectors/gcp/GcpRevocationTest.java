package io.keyward.connectors.gcp;

import static io.keyward.connectors.gcp.GoogleApiFake.PROJECT;
import static io.keyward.connectors.gcp.GoogleApiFake.email;
import static io.keyward.connectors.gcp.GoogleApiFake.error;
import static io.keyward.connectors.gcp.GoogleApiFake.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.revoke.Preflight;
import io.keyward.connectors.revoke.Revocations;
import io.keyward.connectors.testing.Fixtures;
import io.keyward.connectors.testing.LoopbackSource;
import io.keyward.connectors.testing.RoutedApi;
import io.keyward.connectors.testing.SyncedRevocations;
import io.keyward.connectors.testing.TestEnvironments;
import io.keyward.model.cache.RevocationEntry;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import io.keyward.model.domain.SourceKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * GCP revocation over loopback against Google's API shapes: the exact requests, the verification,
 * idempotency, undo, refusals in Google's words, and the etag conflict retry.
 */
class GcpRevocationTest {
  private static final String SOURCE = "gcp:" + PROJECT;
  private static final String EVAL = email("eval-agent");
  private static final String KEY =
      "projects/"
          + PROJECT
          + "/serviceAccounts/"
          + EVAL
          + "/keys/3f1a9c0e5b7d2a4c6e8f0a1b3c5d7e9f1a2b4c6d";
  private static final String ACCOUNT = "/v1/projects/-/serviceAccounts/" + EVAL;
  private static final String GET_POLICY = "/v1/projects/" + PROJECT + ":getIamPolicy";
  private static final String SET_POLICY = "/v1/projects/" + PROJECT + ":setIamPolicy";
  private static final String EDITOR_GRANT =
      SOURCE + ":grant/projects/" + PROJECT + "/roles/editor/serviceAccount:" + EVAL;

  @TempDir Path dir;
  private final RoutedApi google = GoogleApiFake.project();

  @RegisterExtension final LoopbackSource source = new LoopbackSource(google);

  private final GcpConnector connector = new GcpConnector();
  private Revocations revocations;

  @BeforeEach
  void start() throws Exception {
    String base = source.baseUrl();
    SourceProfile profile =
        new SourceProfile(
            SOURCE,
            SourceKind.GCP_IAM,
            "GCP " + PROJECT,
            Map.of(
                GcpConnector.PROJECT_ID, PROJECT,
                GcpConnector.IAM_URL, base,
                GcpConnector.RESOURCE_MANAGER_URL, base));
    Path key = TestServiceAccountKey.write(dir, source.url("/token").toString());
    var environment =
        new TestEnvironments().with(Map.of(GcpCredentials.KEY_FILE_VARIABLE, key.toString()), dir);
    revocations = SyncedRevocations.of(source.cache(), connector, profile, environment);
  }

  private Preflight preflight(RevocationAction action, String ref) {
    return revocations.preflight(action, revocations.resolve(ref));
  }

  /** The requests after the sync, as {@code METHOD path?query}. */
  private List<String> sent(int after) {
    return google.requests().stream()
        .skip(after)
        .filter(r -> !r.getUrl().encodedPath().equals("/token"))
        .map(
            r ->
                r.getMethod()
                    + " "
                    + r.getUrl().encodedPath()
                    + (r.getUrl().encodedQuery() == null ? "" : "?" + r.getUrl().query()))
        .toList();
  }

  private static JsonNode json(RecordedRequest request) throws Exception {
    return WireJson.MAPPER.readTree(request.getBody().utf8());
  }

  private static void assertAuthorized(List<RecordedRequest> requests) {
    assertThat(requests)
        .allSatisfy(
            r -> assertThat(r.getHeaders().get("Authorization")).startsWith("Bearer ya29."));
  }

  @Test
  void disablesAKeyVerifiesItAndASecondRunIsAlreadyDone() throws Exception {
    google
        .once(
            "GET /v1/" + KEY,
            fixture("key-eval-agent.json"),
            fixture("key-eval-agent-disabled.json"),
            fixture("key-eval-agent-disabled.json"))
        .once("POST /v1/" + KEY + ":disable", fixture("empty.json"));
    int before = google.requests().size();
    Preflight preflight = preflight(RevocationAction.DISABLE_CREDENTIAL, KEY);
    assertThat(preflight.text())
        .contains("disables the key 3f1a9c0e5b7d2a4c6e8f0a1b3c5d7e9f1a2b4c6d of eval-agent")
        .contains("cannot: access tokens already minted stay valid until they expire")
        .contains("undo: enable the key again");

    RevocationEntry first = revocations.execute(preflight, null);
    RevocationEntry second = revocations.execute(preflight, null);

    assertThat(first.revocation().outcome()).isEqualTo(RevocationOutcome.DONE);
    assertThat(first.revocation().result()).isEqualTo("HTTP 200");
    assertThat(first.revocation().verification()).isEqualTo("GET " + KEY + ": disabled");
    assertThat(second.revocation().outcome()).isEqualTo(RevocationOutcome.ALREADY_DONE);
    assertThat(sent(before))
        .containsExactly(
            "GET /v1/" + KEY, "POST /v1/" + KEY + ":disable", "GET /v1/" + KEY, "GET /v1/" + KEY);
    RecordedRequest disable = google.requests("POST", "/v1/" + KEY + ":disable").get(0);
    assertThat(disable.getBody().utf8()).isEqualTo("{}");
    assertAuthorized(
        google.requests().subList(before, google.requests().size()).stream()
            .filter(r -> !r.getUrl().encodedPath().equals("/token"))
            .toList());
  }

  @Test
  void undoEnablesTheKeyAgain() {
    google
        .once(
            "GET /v1/" + KEY,
            fixture("key-eval-agent-disabled.json"),
            fixture("key-eval-agent.json"))
        .once("POST /v1/" + KEY + ":enable", fixture("empty.json"));

    RevocationEntry entry = revocations.undo(preflight(RevocationAction.DISABLE_CREDENTIAL, KEY));

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.UNDONE);
    assertThat(google.requests("POST", "/v1/" + KEY + ":enable")).hasSize(1);
  }

  @Test
  void deletesAKeyAndA404OnTheReReadMeansGone() {
    google
        .once(
            "GET /v1/" + KEY,
            fixture("key-eval-agent.json"),
            error(404, "error-404-key.json"),
            error(404, "error-404-key.json"))
        .once("DELETE /v1/" + KEY, fixture("empty.json"));
    int before = google.requests().size();
    Preflight delete = preflight(RevocationAction.DELETE_CREDENTIAL, KEY);
    assertThat(delete.destructive()).isTrue();

    RevocationEntry entry = revocations.execute(delete, null);
    RevocationEntry again = revocations.execute(delete, null);

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.DONE);
    assertThat(entry.revocation().verification()).isEqualTo("GET " + KEY + ": gone (404)");
    assertThat(again.revocation().outcome()).isEqualTo(RevocationOutcome.ALREADY_DONE);
    assertThat(sent(before))
        .containsExactly("GET /v1/" + KEY, "DELETE /v1/" + KEY, "GET /v1/" + KEY, "GET /v1/" + KEY);
  }

  @Test
  void disablesAServiceAccountAndUndoEnablesIt() {
    google
        .once(
            "GET " + ACCOUNT,
            fixture("serviceAccount-eval-agent.json"),
            fixture("serviceAccount-eval-agent-disabled.json"),
            fixture("serviceAccount-eval-agent-disabled.json"),
            fixture("serviceAccount-eval-agent.json"))
        .once("POST " + ACCOUNT + ":disable", fixture("empty.json"))
        .once("POST " + ACCOUNT + ":enable", fixture("empty.json"));
    int before = google.requests().size();
    Preflight preflight = preflight(RevocationAction.DISABLE_IDENTITY, SOURCE + ":sa/" + EVAL);
    assertThat(preflight.undo()).isEqualTo("enable the service account again");

    assertThat(revocations.execute(preflight, null).revocation().outcome())
        .isEqualTo(RevocationOutcome.DONE);
    assertThat(revocations.undo(preflight).revocation().outcome())
        .isEqualTo(RevocationOutcome.UNDONE);
    assertThat(sent(before))
        .containsExactly(
            "GET " + ACCOUNT,
            "POST " + ACCOUNT + ":disable",
            "GET " + ACCOUNT,
            "GET " + ACCOUNT,
            "POST " + ACCOUNT + ":enable",
            "GET " + ACCOUNT);
  }

  @Test
  void aRefusalIsAuditedInGooglesOwnWords() {
    google
        .once("GET /v1/" + KEY, fixture("key-eval-agent.json"))
        .once(
            "POST /v1/" + KEY + ":disable",
            GoogleApiFake.json(
                403,
                "{\"error\":{\"code\":403,\"message\":\"Permission 'iam.serviceAccountKeys.disable'"
                    + " denied on resource (or it may not exist).\",\"status\":\"PERMISSION_DENIED\"}}"));

    RevocationEntry entry =
        revocations.execute(preflight(RevocationAction.DISABLE_CREDENTIAL, KEY), null);

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.FAILED);
    assertThat(entry.revocation().result())
        .contains("HTTP 403 PERMISSION_DENIED: Permission 'iam.serviceAccountKeys.disable' denied");
  }

  @Test
  void removesTheMemberFromItsBindingByReadModifyWriteWithTheEtag() throws Exception {
    google
        .once(
            "POST " + GET_POLICY,
            fixture("project-getIamPolicy.json"),
            fixture("project-getIamPolicy-without-eval-agent.json"))
        .once("POST " + SET_POLICY, fixture("project-getIamPolicy-without-eval-agent.json"));
    int before = google.requests().size();
    Preflight preflight = preflight(RevocationAction.REMOVE_GRANT, EDITOR_GRANT);
    assertThat(preflight.changes())
        .containsExactly(
            "removes serviceAccount:"
                + EVAL
                + " from the binding of roles/editor on projects/"
                + PROJECT
                + ", dropping the binding if it is left empty; the rest of the policy"
                + " stays");
    assertThat(preflight.undo()).isEqualTo("add serviceAccount:" + EVAL + " to roles/editor again");

    RevocationEntry entry = revocations.execute(preflight, null);

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.DONE);
    assertThat(entry.revocation().result()).isEqualTo("setIamPolicy accepted");
    assertThat(sent(before))
        .containsExactly("POST " + GET_POLICY, "POST " + SET_POLICY, "POST " + GET_POLICY);
    assertThat(json(google.requests("POST", GET_POLICY).get(1)))
        .isEqualTo(WireJson.MAPPER.readTree("{\"options\":{\"requestedPolicyVersion\":3}}"));
    JsonNode set = json(google.requests("POST", SET_POLICY).get(0));
    JsonNode expected = WireJson.MAPPER.readTree(Fixtures.text("gcp", "project-getIamPolicy.json"));
    ((com.fasterxml.jackson.databind.node.ArrayNode)
            expected.path("bindings").get(3).path("members"))
        .remove(1);
    assertThat(set.path("policy")).isEqualTo(expected);
    assertThat(set.path("policy").path("etag").asText()).isEqualTo("BwYexample=");
    assertThat(set.path("updateMask").asText()).isEqualTo("bindings,etag");
  }

  @Test
  void anEtagConflictIsReadAgainAndRetriedKeepingTheOtherWritersChange() throws Exception {
    google
        .once(
            "POST " + GET_POLICY,
            fixture("project-getIamPolicy.json"),
            fixture("project-getIamPolicy-concurrent.json"),
            fixture("project-getIamPolicy-without-eval-agent.json"))
        .once(
            "POST " + SET_POLICY,
            error(409, "error-409-aborted.json"),
            fixture("project-getIamPolicy-without-eval-agent.json"));
    int before = google.requests().size();

    RevocationEntry entry =
        revocations.execute(preflight(RevocationAction.REMOVE_GRANT, EDITOR_GRANT), null);

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.DONE);
    assertThat(entry.revocation().result())
        .isEqualTo("setIamPolicy accepted after 1 etag conflict(s)");
    assertThat(sent(before))
        .containsExactly(
            "POST " + GET_POLICY,
            "POST " + SET_POLICY,
            "POST " + GET_POLICY,
            "POST " + SET_POLICY,
            "POST " + GET_POLICY);
    JsonNode retry = json(google.requests("POST", SET_POLICY).get(1)).path("policy");
    assertThat(retry.path("etag").asText()).isEqualTo("BwYother2=");
    assertThat(retry.toString()).contains("user:ops@example.com").doesNotContain("eval-agent");
  }

  @Test
  void aConditionalBindingIsRemovedWholeWhenEmptiedAndCannotBeUndone() throws Exception {
    String grant =
        source
            .cache()
            .repository()
            .grants(io.keyward.model.cache.GrantFilter.ALL, 10_000)
            .items()
            .stream()
            .filter(
                g -> g.permission().equals("roles/bigquery.dataViewer") && g.condition() != null)
            .map(io.keyward.model.domain.Grant::id)
            .filter(id -> id.startsWith(SOURCE + ":grant/projects/" + PROJECT + "/"))
            .findFirst()
            .orElseThrow();
    google
        .once(
            "POST " + GET_POLICY,
            fixture("project-getIamPolicy.json"),
            fixture("project-getIamPolicy-without-trainer.json"))
        .once("POST " + SET_POLICY, fixture("project-getIamPolicy-without-trainer.json"));
    Preflight preflight = preflight(RevocationAction.REMOVE_GRANT, grant);
    assertThat(preflight.destructive()).isTrue();
    assertThat(preflight.changes().get(0))
        .contains("under the condition until-2027: request.time < timestamp(");

    RevocationEntry entry = revocations.execute(preflight, null);

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.DONE);
    JsonNode bindings =
        json(google.requests("POST", SET_POLICY).get(0)).path("policy").path("bindings");
    assertThat(bindings.findValuesAsText("role"))
        .doesNotContain("roles/bigquery.dataViewer")
        .hasSize(8);
  }

  @Test
  void aMemberAlreadyGoneIsAlreadyDoneAndUndoAddsItBack() throws Exception {
    google
        .once(
            "POST " + GET_POLICY,
            fixture("project-getIamPolicy-without-eval-agent.json"),
            fixture("project-getIamPolicy-without-eval-agent.json"),
            fixture("project-getIamPolicy.json"))
        .once("POST " + SET_POLICY, fixture("project-getIamPolicy.json"));
    Preflight preflight = preflight(RevocationAction.REMOVE_GRANT, EDITOR_GRANT);

    assertThat(revocations.execute(preflight, null).revocation().outcome())
        .isEqualTo(RevocationOutcome.ALREADY_DONE);
    assertThat(google.requests("POST", SET_POLICY)).isEmpty();
    assertThat(revocations.undo(preflight).revocation().outcome())
        .isEqualTo(RevocationOutcome.UNDONE);
    JsonNode set = json(google.requests("POST", SET_POLICY).get(0)).path("policy");
    assertThat(set.path("etag").asText()).isEqualTo("BwYnew111=");
    assertThat(set.path("bindings").get(3).path("members").toString())
        .contains("serviceAccount:" + EVAL);
  }
}
