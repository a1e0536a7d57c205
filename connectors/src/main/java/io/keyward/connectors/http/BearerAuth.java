package io.keyward.connectors.http;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * Bearer-token auth that fetches a token when it has none or the one it has is about to expire, and
 * fetches a fresh one after a 401 (Keycloak admin tokens can live for only a minute).
 */
public final class BearerAuth implements RequestAuth {
  /** Renew this long before expiry, so a token does not die between check and use. */
  private static final Duration EARLY = Duration.ofSeconds(15);

  private final Supplier<AccessToken> tokens;
  private final Clock clock;
  private @Nullable AccessToken current;

  public BearerAuth(Supplier<AccessToken> tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  @Override
  public synchronized Request authorize(Request request) {
    if (current == null || clock.instant().plus(EARLY).isAfter(current.expiresAt())) {
      current = tokens.get();
    }
    return request
        .newBuilder()
        .header("Authorization", "Bearer " + current.value().reveal())
        .build();
  }

  @Override
  public synchronized boolean renew() {
    current = null;
    return true;
  }
}
