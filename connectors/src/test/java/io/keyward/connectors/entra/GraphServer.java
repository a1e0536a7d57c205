package io.keyward.connectors.entra;

import static io.keyward.connectors.entra.GraphFixtures.CI_BOT_SP;
import static io.keyward.connectors.entra.GraphFixtures.GRAPH_SP;
import static io.keyward.connectors.entra.GraphFixtures.ML_ENGINEERS;
import static io.keyward.connectors.entra.GraphFixtures.RESEARCH_AGENT;
import static io.keyward.connectors.entra.GraphFixtures.RESEARCH_ALL;
import static io.keyward.connectors.entra.GraphFixtures.SUMMARIZER;
import static io.keyward.connectors.entra.GraphFixtures.TRIAGE_AGENT;

import io.keyward.connectors.testing.NoDelayServerSockets;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A loopback Graph and token endpoint serving the Demo Corp fixtures by path, with scripted replies
 * (throttling, errors) served before the fixture where a test asks for them.
 */
final class GraphServer implements AutoCloseable {
  static final String TENANT = "7e5a0000-0000-4000-8000-00000000c0de";
  static final String TOKEN_PATH = "/login/" + TENANT + "/oauth2/v2.0/token";
  static final String USERS_PAGE_2 =
      "/v1.0/users?$skiptoken=RFNwdAIAAQAAACpVc2VyXzQ5YjI4ZmI0LTQzNjEtNDBmZS04ZDk1LTVjMzcxMGMzYjE0YQ";

  static final String SIGN_INS_PAGE_2 =
      "/v1.0/auditLogs/signIns?$skiptoken=9e5b1cf7a0a14c4b8a2f6a0c1d5e3f27";

  private final MockWebServer server = new MockWebServer();
  private final Map<String, String> routes = new HashMap<>();
  private final Map<String, Deque<MockResponse>> scripts = new HashMap<>();
  private final List<RecordedRequest> requests = new ArrayList<>();
  private int tokensIssued;

  GraphServer() throws IOException {
    route("/v1.0/organization", "organization.json");
    route("/v1.0/users", "users.json");
    route(USERS_PAGE_2, "users-page2.json");
    route("/v1.0/groups", "groups.json");
    route("/v1.0/groups/" + ML_ENGINEERS + "/members", "members-ml-engineers.json");
    route("/v1.0/groups/" + RESEARCH_ALL + "/members", "members-research-all.json");
    route("/v1.0/servicePrincipals", "servicePrincipals.json");
    route("/v1.0/servicePrincipals/microsoft.graph.agentIdentity", "agentIdentities.json");
    route(sponsors(RESEARCH_AGENT), "sponsors-research-agent.json");
    route(sponsors(TRIAGE_AGENT), "sponsors-triage-agent.json");
    route(sponsors(SUMMARIZER), "empty.json");
    route("/v1.0/servicePrincipals/" + SUMMARIZER + "/owners", "owners-research-summarizer.json");
    route("/v1.0/applications", "applications.json");
    route("/v1.0/oauth2PermissionGrants", "oauth2PermissionGrants.json");
    route(assignedTo(GRAPH_SP), "appRoleAssignedTo-graph.json");
    route(assignedTo(CI_BOT_SP), "appRoleAssignedTo-ci-bot.json");
    for (String other :
        List.of(
            "5e000000-0000-4000-8000-000000000203",
            "5e000000-0000-4000-8000-000000000204",
            "5e000000-0000-4000-8000-000000000205",
            "5e000000-0000-4000-8000-000000000206",
            RESEARCH_AGENT)) {
      route(assignedTo(other), "empty.json");
    }
    route("/v1.0/roleManagement/directory/roleDefinitions", "roleDefinitions.json");
    route("/v1.0/roleManagement/directory/roleAssignments", "roleAssignments.json");
    route("/v1.0/auditLogs/signIns", "signIns.json");
    route(SIGN_INS_PAGE_2, "signIns-page2.json");
    route("/beta/auditLogs/signIns", "signIns-servicePrincipal.json");
    route("/v1.0/auditLogs/directoryAudits", "directoryAudits.json");
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return answer(request);
          }
        });
    server.start();
  }

  static String sponsors(String agent) {
    return "/v1.0/servicePrincipals/" + agent + "/microsoft.graph.agentIdentity/sponsors";
  }

  static String assignedTo(String servicePrincipal) {
    return "/v1.0/servicePrincipals/" + servicePrincipal + "/appRoleAssignedTo";
  }

  /** Where the profile's loginUrl points. */
  String loginUrl() {
    return server.url("/login").toString();
  }

  /** Where the profile's graphUrl points. */
  String graphUrl() {
    return server.url("/").toString();
  }

  void route(String route, String fixture) {
    routes.put(route, fixture);
  }

  /** Serves {@code replies} to the next requests for {@code route}, then its fixture again. */
  synchronized void script(String route, MockResponse... replies) {
    scripts.computeIfAbsent(route, r -> new ArrayDeque<>()).addAll(List.of(replies));
  }

  static MockResponse reply(int code, String fixture) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(GraphFixtures.text(fixture))
        .build();
  }

  synchronized int tokensIssued() {
    return tokensIssued;
  }

  synchronized List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  synchronized List<RecordedRequest> requests(String route) {
    return requests.stream().filter(r -> route(r).equals(route)).toList();
  }

  private synchronized MockResponse answer(RecordedRequest request) {
    requests.add(request);
    String route = route(request);
    Deque<MockResponse> scripted = scripts.get(route);
    if (scripted != null && !scripted.isEmpty()) {
      return scripted.poll();
    }
    if (route.equals(TOKEN_PATH)) {
      tokensIssued++;
      return new MockResponse.Builder()
          .addHeader("Content-Type", "application/json")
          .body(
              "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
                  + "\"access_token\":\"token-"
                  + tokensIssued
                  + "\"}")
          .build();
    }
    String expected = "Bearer token-" + tokensIssued;
    if (!expected.equals(request.getHeaders().get("Authorization"))) {
      return reply(401, "error-expired-token.json");
    }
    String fixture = routes.get(route);
    if (fixture == null) {
      return new MockResponse.Builder()
          .code(404)
          .body("{\"error\":{\"code\":\"Request_ResourceNotFound\",\"message\":\"no fixture\"}}")
          .build();
    }
    return new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .body(GraphFixtures.text(fixture).replace("{{graph}}", graphUrl().replaceAll("/$", "")))
        .build();
  }

  /** The path, plus the skip token that tells a next page from the first. */
  private static String route(RecordedRequest request) {
    String skip = request.getUrl().queryParameter("$skiptoken");
    return request.getUrl().encodedPath() + (skip == null ? "" : "?$skiptoken=" + skip);
  }

  @Override
  public void close() {
    server.close();
  }
}
