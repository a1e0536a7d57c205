package io.keyward.connectors.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A fake API on a MockWebServer that answers by route: {@code GET /path?query} (query as sent, or
 * decoded), then {@code GET /path}. Replies queued with {@link #once} come first, then the standing
 * ones; anything else is the fallback, by default a 404 naming the route, so a test sees what it
 * forgot.
 */
public final class RoutedApi extends Dispatcher {
  private final Map<String, Deque<MockResponse>> once = new ConcurrentHashMap<>();
  private final Map<String, MockResponse> always = new ConcurrentHashMap<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final Function<String, MockResponse> unrouted;

  public RoutedApi() {
    this(route -> json(404, "{\"message\":\"no fixture for " + route + "\"}"));
  }

  /**
   * @param unrouted the reply to a route nothing answers, in the fake API's own error shape
   */
  public RoutedApi(Function<String, MockResponse> unrouted) {
    this.unrouted = unrouted;
  }

  public static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  /** Answers {@code route} with {@code response} whenever nothing queued comes first. */
  public RoutedApi always(String route, MockResponse response) {
    always.put(route, response);
    return this;
  }

  /** Answers the next requests to {@code route} with {@code responses}, in order. */
  public RoutedApi once(String route, MockResponse... responses) {
    once.computeIfAbsent(route, r -> new ArrayDeque<>()).addAll(List.of(responses));
    return this;
  }

  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  public List<RecordedRequest> requests(String method, String path) {
    return requests.stream()
        .filter(r -> r.getMethod().equals(method) && r.getUrl().encodedPath().equals(path))
        .toList();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.add(request);
    String path = request.getMethod() + " " + request.getUrl().encodedPath();
    String query = request.getUrl().encodedQuery();
    String full = query == null ? path : path + "?" + query;
    String decoded = query == null ? path : path + "?" + request.getUrl().query();
    List<String> routes = List.of(full, decoded, path);
    for (String route : routes) {
      Deque<MockResponse> queued = once.get(route);
      if (queued != null && !queued.isEmpty()) {
        return queued.poll();
      }
    }
    for (String route : routes) {
      MockResponse response = always.get(route);
      if (response != null) {
        return response;
      }
    }
    return unrouted.apply(full);
  }
}
