package io.keyward.connectors.http;

/**
 * How patient a connector's HTTP is. Live syncs use {@link #DEFAULT}; tests pass a sleeper that
 * does not wait so throttling and retry storms run in milliseconds.
 */
public record HttpTuning(RetryPolicy retry, Sleeper sleeper) {
  public static final HttpTuning DEFAULT = new HttpTuning(RetryPolicy.DEFAULT, Sleeper.REAL);

  /** A builder for {@code source}'s HTTP with these retries and waits. */
  public SourceHttp.Builder builder(String source) {
    return SourceHttp.builder(source).retry(retry).sleeper(sleeper);
  }
}
