package io.keyward.connectors.gcp;

import io.keyward.connectors.testing.Fixtures;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * IAM, Resource Manager and the token endpoint on one MockWebServer, answering from fixtures by
 * route ({@code GET /v1/projects/p/serviceAccounts?pageSize=100}, with the query decoded; full
 * target first, then the path alone).
 */
final class GoogleApiFake extends Dispatcher {
  static final String PROJECT = "ml-prod-4711";
  static final String SA_PATH = "/v1/projects/" + PROJECT + "/serviceAccounts";

  private final Map<String, Deque<MockResponse>> once = new ConcurrentHashMap<>();
  private final Map<String, MockResponse> always = new ConcurrentHashMap<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json; charset=UTF-8")
        .body(body)
        .build();
  }

  static MockResponse fixture(String file) {
    return json(200, Fixtures.text("gcp", file));
  }

  static MockResponse error(int code, String file) {
    return json(code, Fixtures.text("gcp", file));
  }

  static String email(String account) {
    return account + "@" + PROJECT + ".iam.gserviceaccount.com";
  }

  /** The project of the fixtures: two pages of accounts, their keys and policies, a token. */
  static GoogleApiFake project() {
    GoogleApiFake fake = new GoogleApiFake();
    fake.always("POST /token", fixture("token.json"));
    fake.always("GET " + SA_PATH + "?pageSize=100", fixture("serviceAccounts-page1.json"));
    fake.always(
        "GET "
            + SA_PATH
            + "?pageSize=100&pageToken=CkZwcm9qZWN0cy9tbC1wcm9kLTQ3MTEvc2VydmljZUFjY291bnRzL2V2YWwtYWdlbnQ=",
        fixture("serviceAccounts-page2.json"));
    fake.always("GET " + SA_PATH + "?pageSize=1", fixture("serviceAccounts-page2.json"));
    for (String account :
        List.of(email("trainer"), email("eval-agent"), email("labeling-agent"), compute())) {
      fake.always("GET " + SA_PATH + "/" + account + "/keys", fixture("keys-none.json"));
      fake.always(
          "POST " + SA_PATH + "/" + account + ":getIamPolicy",
          fixture("sa-getIamPolicy-empty.json"));
    }
    fake.always(
        "GET " + SA_PATH + "/" + email("eval-agent") + "/keys", fixture("keys-eval-agent.json"));
    fake.always(
        "GET " + SA_PATH + "/" + email("labeling-agent") + "/keys",
        fixture("keys-labeling-agent.json"));
    fake.always(
        "POST " + SA_PATH + "/" + email("trainer") + ":getIamPolicy",
        fixture("sa-getIamPolicy-trainer.json"));
    fake.always(
        "POST /v1/projects/" + PROJECT + ":getIamPolicy", fixture("project-getIamPolicy.json"));
    return fake;
  }

  static String compute() {
    return "123456789012-compute@developer.gserviceaccount.com";
  }

  /** Answers {@code route} with {@code response} whenever nothing queued comes first. */
  void always(String route, MockResponse response) {
    always.put(route, response);
  }

  /** Answers the next requests to {@code route} with {@code responses}, in order. */
  void once(String route, MockResponse... responses) {
    once.computeIfAbsent(route, r -> new ArrayDeque<>()).addAll(List.of(responses));
  }

  List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  List<RecordedRequest> requests(String method, String path) {
    return requests.stream()
        .filter(r -> r.getMethod().equals(method) && r.getUrl().encodedPath().equals(path))
        .toList();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.add(request);
    String path = request.getMethod() + " " + request.getUrl().encodedPath();
    String query = request.getUrl().query();
    String full = query == null ? path : path + "?" + query;
    for (String route : List.of(full, path)) {
      Deque<MockResponse> queued = once.get(route);
      if (queued != null && !queued.isEmpty()) {
        return queued.poll();
      }
    }
    for (String route : List.of(full, path)) {
      MockResponse response = always.get(route);
      if (response != null) {
        return response;
      }
    }
    return json(
        404,
        "{\"error\":{\"code\":404,\"message\":\"no fixture for "
            + full
            + "\",\"status\":\"NOT_FOUND\"}}");
  }
}
