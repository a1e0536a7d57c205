package io.keyward.connectors.entra;

import static io.keyward.connectors.entra.GraphFixtures.ALICE;
import static io.keyward.connectors.entra.GraphFixtures.CI_BOT_APP;
import static io.keyward.connectors.entra.GraphFixtures.CI_BOT_SP;
import static io.keyward.connectors.entra.GraphFixtures.GRAPH_APP;
import static io.keyward.connectors.entra.GraphFixtures.GRAPH_SP;
import static io.keyward.connectors.entra.GraphFixtures.ML_PIPELINE_APP;
import static io.keyward.connectors.entra.GraphServer.TENANT;
import static io.keyward.connectors.entra.GraphServer.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.revoke.Preflight;
import io.keyward.connectors.revoke.Revocations;
import io.keyward.connectors.testing.SyncedRevocations;
import io.keyward.connectors.testing.TestEnvironments;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.RevocationEntry;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import io.keyward.model.domain.SourceKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entra revocation over loopback Graph: the exact requests, verification by re-reading (a 404 after
 * a delete means gone), idempotency, undo and a refusal in Graph's words.
 */
class EntraRevocationTest {
  private static final String SOURCE = "entra:demo-corp";
  private static final String SP = "/v1.0/servicePrincipals/" + CI_BOT_SP;
  private static final String CI_BOT_APP_BY_ID = "/v1.0/applications(appId='" + CI_BOT_APP + "')";
  private static final String ASSIGNMENT = "AQK0XgAAAECAAAAAAAADAQUAAF4AAABAgAAAAAADAQ";
  private static final String CONSENT = "Bgi0XgAAAEAAAAAAAAACBgEAAF4AAABAgAAAAAACAQ";

  @TempDir Path home;
  private GraphServer graph;
  private Cache cache;
  private Revocations revocations;
  private int synced;

  @BeforeEach
  void start() throws Exception {
    graph = new GraphServer();
    cache = Cache.open(home.resolve("cache.db"));
    EntraConnector connector = new EntraConnector();
    SourceProfile profile =
        new SourceProfile(
            SOURCE,
            SourceKind.ENTRA_ID,
            "Demo Corp",
            Map.of(
                "tenantId",
                TENANT,
                "clientId",
                "c1b00000-0000-4000-8000-0000000000a2",
                "loginUrl",
                graph.loginUrl(),
                "graphUrl",
                graph.graphUrl()));
    ConnectEnvironment environment =
        new TestEnvironments().with(Map.of("AZURE_CLIENT_SECRET", "test-secret-value"), home);
    revocations = SyncedRevocations.of(cache, connector, profile, environment);
    synced = graph.requests().size();
  }

  @AfterEach
  void stop() {
    cache.close();
    graph.close();
  }

  private Preflight preflight(RevocationAction action, String ref) {
    return revocations.preflight(action, revocations.resolve(ref));
  }

  private static MockResponse ok(String fixture) {
    return reply(200, fixture);
  }

  private static MockResponse noContent() {
    return new MockResponse.Builder().code(204).build();
  }

  /** Graph requests since the sync, as {@code METHOD path?query}, tokens left out. */
  private List<String> sent() {
    return graphRequests().stream()
        .map(
            r ->
                r.getMethod()
                    + " "
                    + r.getUrl().encodedPath()
                    + (r.getUrl().query() == null ? "" : "?" + r.getUrl().query()))
        .toList();
  }

  private List<RecordedRequest> graphRequests() {
    return graph.requests().stream()
        .skip(synced)
        .filter(r -> !r.getUrl().encodedPath().startsWith("/login/"))
        .toList();
  }

  private void assertAuthorized() {
    assertThat(graphRequests())
        .isNotEmpty()
        .allSatisfy(
            r -> assertThat(r.getHeaders().get("Authorization")).startsWith("Bearer token-"));
  }

  @Test
  void disablesAServicePrincipalASecondRunIsAlreadyDoneAndUndoEnablesIt() {
    graph.script(
        SP,
        ok("servicePrincipal-ci-bot-enabled.json"),
        noContent(),
        ok("servicePrincipal-ci-bot-disabled.json"),
        ok("servicePrincipal-ci-bot-disabled.json"),
        ok("servicePrincipal-ci-bot-disabled.json"),
        noContent(),
        ok("servicePrincipal-ci-bot-enabled.json"));
    Preflight preflight =
        preflight(RevocationAction.DISABLE_IDENTITY, SOURCE + ":app/" + CI_BOT_APP);
    assertThat(preflight.text())
        .contains("disables the service principal ci-bot (accountEnabled false)")
        .contains("cannot: access tokens already issued stay valid until they expire")
        .contains("undo: enable it again (accountEnabled true)");

    RevocationEntry done = revocations.execute(preflight, null);
    RevocationEntry again = revocations.execute(preflight, null);
    RevocationEntry undone = revocations.undo(preflight);

    assertThat(done.revocation().outcome()).isEqualTo(RevocationOutcome.DONE);
    assertThat(done.revocation().result()).isEqualTo("HTTP 204");
    assertThat(done.revocation().verification())
        .isEqualTo("GET /servicePrincipals/" + CI_BOT_SP + ": accountEnabled false");
    assertThat(again.revocation().outcome()).isEqualTo(RevocationOutcome.ALREADY_DONE);
    assertThat(undone.revocation().outcome()).isEqualTo(RevocationOutcome.UNDONE);
    String read = "GET " + SP + "?$select=accountEnabled";
    assertThat(sent()).containsExactly(read, "PATCH " + SP, read, read, read, "PATCH " + SP, read);
    List<RecordedRequest> patches =
        graphRequests().stream().filter(r -> r.getMethod().equals("PATCH")).toList();
    assertThat(patches.get(0).getBody().utf8()).isEqualTo("{\"accountEnabled\":false}");
    assertThat(patches.get(1).getBody().utf8()).isEqualTo("{\"accountEnabled\":true}");
    assertThat(patches.get(0).getHeaders().get("Content-Type")).startsWith("application/json");
    assertAuthorized();
  }

  @Test
  void microsoftsOwnServicePrincipalsAndManagedIdentitiesAreNotOffered() {
    assertThat(revocations.actions(revocations.resolve(SOURCE + ":app/" + GRAPH_APP))).isEmpty();
    assertThat(revocations.actions(revocations.resolve(SOURCE + ":app/" + ML_PIPELINE_APP)))
        .isEmpty();
  }

  @Test
  void removesAPasswordCredentialWhereItLivesAndVerifiesItIsGone() {
    graph.script(
        CI_BOT_APP_BY_ID,
        ok("application-ci-bot-passwords.json"),
        ok("application-passwords-none.json"),
        ok("application-passwords-none.json"));
    graph.script(
        SP,
        ok("servicePrincipal-passwords-none.json"),
        ok("servicePrincipal-passwords-none.json"),
        ok("servicePrincipal-passwords-none.json"));
    graph.script(CI_BOT_APP_BY_ID + "/removePassword", noContent());
    String secret = SOURCE + ":app/" + CI_BOT_APP + "/secret/4d000000-0000-4000-8000-0000000000c1";
    Preflight preflight = preflight(RevocationAction.DELETE_CREDENTIAL, secret);
    assertThat(preflight.destructive()).isTrue();

    RevocationEntry done = revocations.execute(preflight, null);
    RevocationEntry again = revocations.execute(preflight, null);

    assertThat(done.revocation().outcome()).isEqualTo(RevocationOutcome.DONE);
    assertThat(done.revocation().result())
        .isEqualTo("removePassword on /applications(appId='" + CI_BOT_APP + "'): HTTP 204");
    assertThat(again.revocation().outcome()).isEqualTo(RevocationOutcome.ALREADY_DONE);
    String app = "GET " + CI_BOT_APP_BY_ID + "?$select=passwordCredentials";
    String sp = "GET " + SP + "?$select=passwordCredentials";
    assertThat(sent())
        .containsExactly(app, "POST " + CI_BOT_APP_BY_ID + "/removePassword", app, sp, app, sp);
    RecordedRequest remove =
        graphRequests().stream()
            .filter(r -> r.getMethod().equals("POST"))
            .findFirst()
            .orElseThrow();
    assertThat(remove.getBody().utf8())
        .isEqualTo("{\"keyId\":\"4d000000-0000-4000-8000-0000000000c1\"}");
    assertAuthorized();
  }

  @Test
  void removesAnAppRoleAssignmentOnThePrincipalAndA404MeansGone() {
    String path = SP + "/appRoleAssignments/" + ASSIGNMENT;
    graph.script(path, ok("appRoleAssignment-ci-bot-graph.json"), noContent());
    Preflight preflight =
        preflight(RevocationAction.REMOVE_GRANT, SOURCE + ":grant/approle/" + ASSIGNMENT);
    assertThat(preflight.changes().get(0))
        .isEqualTo(
            "removes the app role Directory.ReadWrite.All on api/" + GRAPH_APP + " from ci-bot");

    RevocationEntry done = revocations.execute(preflight, null);
    RevocationEntry again = revocations.execute(preflight, null);

    assertThat(done.revocation().outcome()).isEqualTo(RevocationOutcome.DONE);
    assertThat(done.revocation().verification())
        .isEqualTo(
            "GET /servicePrincipals/"
                + CI_BOT_SP
                + "/appRoleAssignments/"
                + ASSIGNMENT
                + ": gone (404)");
    assertThat(again.revocation().outcome()).isEqualTo(RevocationOutcome.ALREADY_DONE);
    assertThat(sent())
        .containsExactly("GET " + path, "DELETE " + path, "GET " + path, "GET " + path);
  }

  @Test
  void deletesADelegatedConsent() {
    String path = "/v1.0/oauth2PermissionGrants/" + CONSENT;
    graph.script(path, ok("oauth2PermissionGrant-notes.json"), noContent());
    Preflight preflight =
        preflight(RevocationAction.REMOVE_DELEGATION, SOURCE + ":consent/" + CONSENT);
    assertThat(preflight.changes().get(0))
        .contains("meeting-notes-agent may no longer act for")
        .contains("Mail.Read Calendars.Read Mail.Send");

    RevocationEntry done = revocations.execute(preflight, null);

    assertThat(done.revocation().outcome()).isEqualTo(RevocationOutcome.DONE);
    assertThat(sent()).containsExactly("GET " + path, "DELETE " + path, "GET " + path);
  }

  @Test
  void removesADirectoryRoleAssignment() {
    String id = "4-PYiFWPHkqVOpuYmLiHa5gP5M9DTEdPrs4iWd3sOLE-1";
    String path = "/v1.0/roleManagement/directory/roleAssignments/" + id;
    graph.script(path, ok("roleAssignment-ci-bot.json"), noContent());

    RevocationEntry done =
        revocations.execute(
            preflight(RevocationAction.REMOVE_GRANT, SOURCE + ":grant/role/" + id), null);

    assertThat(done.revocation().outcome()).isEqualTo(RevocationOutcome.DONE);
    assertThat(sent()).containsExactly("GET " + path, "DELETE " + path, "GET " + path);
  }

  @Test
  void undoAssignsTheAppRoleAgainWithTheIdsGraphGivesForItsApiAndValue() {
    String byAppId = "/v1.0/servicePrincipals(appId='" + GRAPH_APP + "')";
    String list = SP + "/appRoleAssignments";
    graph.route(byAppId, "servicePrincipal-graph-roles.json");
    graph.script(
        list,
        ok("empty.json"),
        reply(201, "appRoleAssignment-ci-bot-graph.json"),
        ok("appRoleAssignments-ci-bot-restored.json"),
        ok("appRoleAssignments-ci-bot-restored.json"));
    Preflight preflight =
        preflight(RevocationAction.REMOVE_GRANT, SOURCE + ":grant/approle/" + ASSIGNMENT);
    assertThat(preflight.undo())
        .isEqualTo("assign the app role Directory.ReadWrite.All again (a new assignment)");

    RevocationEntry undone = revocations.undo(preflight);
    RevocationEntry again = revocations.undo(preflight);

    assertThat(undone.revocation().outcome()).isEqualTo(RevocationOutcome.UNDONE);
    assertThat(undone.revocation().verification())
        .isEqualTo("GET /servicePrincipals/" + CI_BOT_SP + "/appRoleAssignments: assigned");
    assertThat(again.revocation().outcome()).isEqualTo(RevocationOutcome.ALREADY_DONE);
    String lookup = "GET " + byAppId + "?$select=id,appRoles";
    assertThat(sent())
        .containsExactly(
            lookup, "GET " + list, "POST " + list, "GET " + list, lookup, "GET " + list);
    assertThat(posted())
        .isEqualTo(
            "{\"principalId\":\""
                + CI_BOT_SP
                + "\",\"resourceId\":\""
                + GRAPH_SP
                + "\",\"appRoleId\":\"19dbc75e-c2e2-444c-a770-ec69d8559fc7\"}");
  }

  @Test
  void undoAssignsTheDirectoryRoleAgainByItsDefinitionAtTheSameScope() {
    String id = "4-PYiFWPHkqVOpuYmLiHa5gP5M9DTEdPrs4iWd3sOLE-1";
    String assignments = "/v1.0/roleManagement/directory/roleAssignments";
    graph.script(
        assignments,
        ok("empty.json"),
        reply(201, "roleAssignment-ci-bot.json"),
        ok("roleAssignments-ci-bot-restored.json"));
    Preflight preflight = preflight(RevocationAction.REMOVE_GRANT, SOURCE + ":grant/role/" + id);
    assertThat(preflight.undo())
        .isEqualTo("assign the directory role Directory Readers again (a new assignment)");

    RevocationEntry undone = revocations.undo(preflight);

    assertThat(undone.revocation().outcome()).isEqualTo(RevocationOutcome.UNDONE);
    assertThat(sent())
        .containsExactly(
            "GET /v1.0/roleManagement/directory/roleDefinitions?$filter=displayName eq 'Directory"
                + " Readers'",
            "GET " + assignments + "?$filter=principalId eq '" + CI_BOT_SP + "'",
            "POST " + assignments,
            "GET " + assignments + "?$filter=principalId eq '" + CI_BOT_SP + "'");
    assertThat(posted())
        .isEqualTo(
            "{\"principalId\":\""
                + CI_BOT_SP
                + "\",\"roleDefinitionId\":\"88d8e3e3-8f55-4a1e-953a-9b9898b8876b\","
                + "\"directoryScopeId\":\"/\"}");
  }

  @Test
  void aConsentCannotBeUndone() {
    Preflight preflight =
        preflight(RevocationAction.REMOVE_DELEGATION, SOURCE + ":consent/" + CONSENT);

    assertThat(preflight.undo()).isNull();
  }

  /** The body of the one POST since the sync. */
  private String posted() {
    List<RecordedRequest> posts =
        graphRequests().stream().filter(r -> r.getMethod().equals("POST")).toList();
    assertThat(posts).hasSize(1);
    return posts.get(0).getBody().utf8();
  }

  @Test
  void revokesAUsersSignInSessionsEveryTimeAndVerifiesTheCutOffMoved() {
    String user = "/v1.0/users/" + ALICE;
    graph.script(user, ok("user-alice-sessions-before.json"), ok("user-alice-sessions-after.json"));
    graph.script(user + "/revokeSignInSessions", ok("revokeSignInSessions.json"));
    Preflight preflight = preflight(RevocationAction.REVOKE_SESSIONS, SOURCE + ":user/" + ALICE);
    assertThat(preflight.text()).contains("the user can sign in again at once");

    RevocationEntry done = revocations.execute(preflight, null);

    assertThat(done.revocation().outcome()).isEqualTo(RevocationOutcome.DONE);
    assertThat(done.revocation().result()).isEqualTo("revokeSignInSessions answered value=true");
    assertThat(done.revocation().verification())
        .isEqualTo(
            "GET /users/" + ALICE + ": signInSessionsValidFromDateTime 2026-11-23T14:31:07Z");
    String read = "GET " + user + "?$select=signInSessionsValidFromDateTime";
    assertThat(sent()).containsExactly(read, "POST " + user + "/revokeSignInSessions", read);
  }

  @Test
  void aRefusalIsShownInGraphsOwnWords() {
    graph.script(
        SP, ok("servicePrincipal-ci-bot-enabled.json"), reply(403, "error-forbidden.json"));

    RevocationEntry entry =
        revocations.execute(
            preflight(RevocationAction.DISABLE_IDENTITY, SOURCE + ":app/" + CI_BOT_APP), null);

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.FAILED);
    assertThat(entry.revocation().result())
        .contains("Authorization_RequestDenied")
        .contains("Insufficient privileges to complete the operation.");
  }
}
