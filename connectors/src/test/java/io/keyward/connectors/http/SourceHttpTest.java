package io.keyward.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.SyncCancelledException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SourceHttpTest {
  private final MockWebServer server = new MockWebServer();
  private final List<Duration> waits = new ArrayList<>();
  private final RetryPolicy retry =
      new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMinutes(2));

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private SourceHttp.Builder http() {
    return SourceHttp.builder("test:src")
        .retry(retry)
        .random(new SplittableRandom(7))
        .sleeper((duration, cancellation, source) -> waits.add(duration));
  }

  private Request get(String path) {
    return new Request.Builder().url(server.url(path)).build();
  }

  private static MockResponse reply(int code, String body) {
    return new MockResponse.Builder().code(code).body(body).build();
  }

  @Test
  void waitsAsLongAsRetryAfterSaysThenSucceeds() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3").build());
    server.enqueue(reply(200, "{\"ok\":true}"));

    HttpReply reply = http().build().send(get("/users"), null, new Cancellation());

    assertThat(reply.body()).isEqualTo("{\"ok\":true}");
    assertThat(waits).containsExactly(Duration.ofSeconds(3));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void backsOffWithJitterBelowTheExponentialCeiling() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(reply(503, "busy"));
    }
    server.enqueue(reply(200, "done"));

    http().build().send(get("/users"), null, new Cancellation());

    assertThat(waits).hasSize(3);
    assertThat(waits.get(0)).isLessThanOrEqualTo(Duration.ofMillis(100));
    assertThat(waits.get(1)).isLessThanOrEqualTo(Duration.ofMillis(200));
    assertThat(waits.get(2)).isLessThanOrEqualTo(Duration.ofMillis(400));
  }

  @Test
  void aRetryAfterLongerThanThePolicyAllowsFallsBackToBackoff() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build());
    server.enqueue(reply(200, "done"));

    http().build().send(get("/users"), null, new Cancellation());

    assertThat(waits)
        .singleElement()
        .satisfies(w -> assertThat(w).isLessThan(Duration.ofSeconds(1)));
  }

  @Test
  void aServerErrorStormExhaustsTheRetriesAndNamesSourceEndpointAndItem() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(reply(500, "{\"error\":\"boom\"}"));
    }

    assertThatThrownBy(() -> http().build().send(get("/users"), "page 2", new Cancellation()))
        .isInstanceOf(SourceException.class)
        .hasMessage(
            "test:src: GET /users (page 2): HTTP 500: {\"error\":\"boom\"} (gave up after 4 tries)");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aRefusalIsNotRetried() {
    server.enqueue(reply(403, "denied"));

    assertThatThrownBy(() -> http().build().send(get("/users"), null, new Cancellation()))
        .isInstanceOfSatisfying(
            RefusedReplyException.class, e -> assertThat(e.status()).isEqualTo(403))
        .hasMessage("test:src: GET /users: HTTP 403: denied");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void sourceRulesDecideWhatIsThrottling() {
    ReplyRules awsLike =
        new ReplyRules() {
          @Override
          public boolean retryable(HttpReply reply) {
            return reply.status() == 400 && reply.body().contains("<Code>Throttling</Code>");
          }
        };
    server.enqueue(reply(400, "<Error><Code>Throttling</Code></Error>"));
    server.enqueue(reply(200, "ok"));

    assertThat(http().rules(awsLike).build().send(get("/"), null, new Cancellation()).body())
        .isEqualTo("ok");
  }

  @Test
  void anExpiredTokenIsRenewedOnceAndTheRequestRepeated() {
    AtomicInteger tokens = new AtomicInteger();
    RequestAuth auth =
        new RequestAuth() {
          @Override
          public Request authorize(Request request) {
            return request.newBuilder().header("Authorization", "Bearer t" + tokens.get()).build();
          }

          @Override
          public boolean renew() {
            tokens.incrementAndGet();
            return true;
          }
        };
    server.enqueue(reply(401, "expired"));
    server.enqueue(reply(200, "ok"));

    http().auth(auth).build().send(get("/users"), null, new Cancellation());

    assertThat(tokens).hasValue(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void aSecond401IsAnError() {
    server.enqueue(reply(401, "expired"));
    server.enqueue(reply(401, "still expired"));
    RequestAuth renewing =
        new RequestAuth() {
          @Override
          public Request authorize(Request request) {
            return request;
          }

          @Override
          public boolean renew() {
            return true;
          }
        };

    assertThatThrownBy(
            () -> http().auth(renewing).build().send(get("/users"), null, new Cancellation()))
        .hasMessageContaining("HTTP 401: still expired");
  }

  @Test
  void anUnreachableSourceIsRetriedThenReported() {
    Request request = get("/users");
    server.close();

    assertThatThrownBy(() -> http().build().send(request, null, new Cancellation()))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("test:src: GET /users: ConnectException")
        .hasMessageEndingWith("(gave up after 4 tries)");
    assertThat(waits).hasSize(3);
  }

  @Test
  void aCancelledSyncSendsNothing() {
    Cancellation cancellation = new Cancellation();
    cancellation.cancel();

    assertThatThrownBy(() -> http().build().send(get("/users"), null, cancellation))
        .isInstanceOf(SyncCancelledException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
