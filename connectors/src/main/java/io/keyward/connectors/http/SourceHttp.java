package io.keyward.connectors.http;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.SyncCancelledException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one source's requests: adds its credentials, retries what its {@link ReplyRules} call
 * retryable within the {@link RetryPolicy}, renews a token once after a 401, and turns anything
 * else into a {@link SourceException} naming the source, endpoint and item.
 */
public final class SourceHttp {
  private static final Logger LOG = LoggerFactory.getLogger(SourceHttp.class);
  private static final OkHttpClient SHARED =
      new OkHttpClient.Builder()
          .connectTimeout(10, TimeUnit.SECONDS)
          .readTimeout(60, TimeUnit.SECONDS)
          .writeTimeout(60, TimeUnit.SECONDS)
          .callTimeout(3, TimeUnit.MINUTES)
          .followRedirects(false)
          .build();

  private final String source;
  private final OkHttpClient client;
  private final RequestAuth auth;
  private final ReplyRules rules;
  private final RetryPolicy retry;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final Clock clock;

  private SourceHttp(Builder builder) {
    this.source = builder.source;
    this.client = builder.client;
    this.auth = builder.auth;
    this.rules = builder.rules;
    this.retry = builder.retry;
    this.sleeper = builder.sleeper;
    this.random = builder.random;
    this.clock = builder.clock;
  }

  /**
   * @param source the source's id, as errors name it
   */
  public static Builder builder(String source) {
    return new Builder(source);
  }

  public String source() {
    return source;
  }

  /** Sends {@code request}, named in errors as its method and path. */
  public HttpReply send(Request request, @Nullable String item, Cancellation cancellation) {
    return send(request.method() + " " + request.url().encodedPath(), request, item, cancellation);
  }

  /**
   * Sends {@code request} until it succeeds or the retries run out.
   *
   * @param endpoint how errors name the request, e.g. {@code Action=ListUsers}
   * @return a 2xx reply
   * @throws SourceException for any other outcome, after the retries the policy allows
   */
  public HttpReply send(
      String endpoint, Request request, @Nullable String item, Cancellation cancellation) {
    boolean renewed = false;
    for (int attempt = 1; ; attempt++) {
      if (cancellation.isCancelled()) {
        throw new SyncCancelledException(source);
      }
      HttpReply reply;
      try {
        reply = execute(auth.authorize(request), cancellation);
      } catch (IOException e) {
        if (cancellation.isCancelled()) {
          throw new SyncCancelledException(source);
        }
        if (attempt >= retry.attempts()) {
          throw new SourceException(source, endpoint, item, gaveUp(attempt, describe(e)), e);
        }
        waitBeforeRetry(attempt, null, endpoint, describe(e), cancellation);
        continue;
      }
      if (reply.successful()) {
        return reply;
      }
      if (reply.status() == 401 && !renewed && auth.renew()) {
        renewed = true;
        attempt--;
        continue;
      }
      if (!rules.retryable(reply)) {
        throw new RefusedReplyException(
            source, endpoint, item, reply.status(), rules.problem(reply));
      }
      if (attempt >= retry.attempts()) {
        throw new SourceException(source, endpoint, item, gaveUp(attempt, rules.problem(reply)));
      }
      waitBeforeRetry(attempt, reply, endpoint, rules.problem(reply), cancellation);
    }
  }

  private HttpReply execute(Request request, Cancellation cancellation) throws IOException {
    Call call = client.newCall(request);
    cancellation.onCancel(call::cancel);
    try (Response response = call.execute()) {
      ResponseBody body = response.body();
      return new HttpReply(response.code(), response.headers(), body.string());
    } finally {
      cancellation.clearOnCancel();
    }
  }

  private void waitBeforeRetry(
      int attempt,
      @Nullable HttpReply reply,
      String endpoint,
      String problem,
      Cancellation cancellation) {
    Duration asked = reply == null ? null : reply.retryAfter(clock.instant()).orElse(null);
    Duration wait =
        asked != null && asked.compareTo(retry.longestRetryAfter()) <= 0
            ? asked
            : retry.backoff(attempt, random);
    LOG.info(
        "{}: {} failed ({}), try {} of {} in {} ms",
        source,
        endpoint,
        problem,
        attempt + 1,
        retry.attempts(),
        wait.toMillis());
    sleeper.sleep(wait, cancellation, source);
  }

  private static String gaveUp(int attempts, String problem) {
    return problem + " (gave up after " + attempts + (attempts == 1 ? " try)" : " tries)");
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /** Settings of one source's HTTP: defaults suit a live sync, tests shorten the waits. */
  public static final class Builder {
    private final String source;
    private OkHttpClient client = SHARED;
    private RequestAuth auth = RequestAuth.NONE;
    private ReplyRules rules = ReplyRules.DEFAULT;
    private RetryPolicy retry = RetryPolicy.DEFAULT;
    private Sleeper sleeper = Sleeper.REAL;
    private RandomGenerator random = new SplittableRandom();
    private Clock clock = Clock.systemUTC();

    private Builder(String source) {
      this.source = Objects.requireNonNull(source);
    }

    public Builder auth(RequestAuth auth) {
      this.auth = auth;
      return this;
    }

    public Builder rules(ReplyRules rules) {
      this.rules = rules;
      return this;
    }

    public Builder retry(RetryPolicy retry) {
      this.retry = retry;
      return this;
    }

    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    public Builder random(RandomGenerator random) {
      this.random = random;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public Builder client(OkHttpClient client) {
      this.client = client;
      return this;
    }

    public SourceHttp build() {
      return new SourceHttp(this);
    }
  }
}
