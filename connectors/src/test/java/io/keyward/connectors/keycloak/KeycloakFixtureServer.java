package io.keyward.connectors.keycloak;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.keyward.connectors.testing.Fixtures;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A Keycloak stand-in for MockWebServer: answers each Admin API path with the fixture of the same
 * path under {@code fixtures/keycloak/}, slicing list fixtures by {@code first}/{@code max} the way
 * Keycloak pages, issues tokens, and plays scripted replies (a 401, a 5xx storm, a malformed page)
 * before the fixtures for the requests a test names.
 */
final class KeycloakFixtureServer extends Dispatcher {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Deque<MockResponse>> scripted = new HashMap<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger tokensIssued = new AtomicInteger();

  /**
   * Answers the next request for {@code pathAndQuery} (e.g. {@code
   * /admin/realms/agents/users?first=2&max=2}, or a path alone for any query) with {@code replies},
   * one each, before falling back to the fixtures.
   */
  synchronized KeycloakFixtureServer script(String pathAndQuery, MockResponse... replies) {
    Deque<MockResponse> queue = scripted.computeIfAbsent(pathAndQuery, k -> new ArrayDeque<>());
    queue.addAll(List.of(replies));
    return this;
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  int tokensIssued() {
    return tokensIssued.get();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.add(request);
    HttpUrl url = request.getUrl();
    MockResponse reply = nextScripted(url);
    if (reply != null) {
      return reply;
    }
    String path = url.encodedPath();
    if (request.getMethod().equals("POST") && path.endsWith("/protocol/openid-connect/token")) {
      tokensIssued.incrementAndGet();
      return json(200, Fixtures.text("keycloak", "token.json"));
    }
    if (!request.getMethod().equals("GET") || !path.startsWith("/admin/realms/")) {
      return json(405, "{\"error\":\"HTTP 405 Method Not Allowed\"}");
    }
    if (!"Bearer eyJhbGciOiJSUzI1NiJ9.fixture.token"
        .equals(request.getHeaders().get("Authorization"))) {
      return json(401, "{\"error\":\"HTTP 401 Unauthorized\"}");
    }
    String body;
    try {
      body =
          Fixtures.text(
              "keycloak",
              url.pathSegments().stream().reduce((a, b) -> a + "/" + b).orElseThrow() + ".json");
    } catch (IllegalArgumentException noFixture) {
      return json(404, "{\"error\":\"HTTP 404 Not Found\"}");
    }
    return json(200, page(body, url));
  }

  private synchronized MockResponse nextScripted(HttpUrl url) {
    String query = url.encodedQuery();
    for (String key :
        List.of(url.encodedPath() + (query == null ? "" : "?" + query), url.encodedPath())) {
      Deque<MockResponse> queue = scripted.get(key);
      if (queue != null && !queue.isEmpty()) {
        return queue.poll();
      }
    }
    return null;
  }

  /** A list fixture sliced as Keycloak pages it: {@code first} items skipped, {@code max} kept. */
  private static String page(String body, HttpUrl url) {
    String first = url.queryParameter("first");
    String max = url.queryParameter("max");
    if (first == null || max == null) {
      return body;
    }
    try {
      JsonNode all = JSON.readTree(body);
      if (!all.isArray()) {
        return body;
      }
      ArrayNode page = JSON.createArrayNode();
      int from = Integer.parseInt(first);
      int to = Math.min(all.size(), from + Integer.parseInt(max));
      for (int i = from; i < to; i++) {
        page.add(all.get(i));
      }
      return JSON.writeValueAsString(page);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("fixture for " + url + " is not JSON", e);
    }
  }
}
