package io.keyward.connectors.testing;

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
 * A fake API on a MockWebServer that answers by route: {@code GET /path?query} (query as sent),
 * then {@code GET /path}. Replies queued with {@link #once} come first, then the standing ones;
 * anything else is a 404 naming the route, so a test sees what it forgot.
 */
public final class RoutedApi extends Dispatcher {
  private final Map<String, Deque<MockResponse>> once = new ConcurrentHashMap<>();
  private final Map<String, MockResponse> always = new ConcurrentHashMap<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

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

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.add(request);
    String path = request.getMethod() + " " + request.getUrl().encodedPath();
    String query = request.getUrl().encodedQuery();
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
    return json(404, "{\"message\":\"no fixture for " + full + "\"}");
  }
}
