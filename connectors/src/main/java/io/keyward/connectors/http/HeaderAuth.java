package io.keyward.connectors.http;

import io.keyward.connectors.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import okhttp3.Request;

/**
 * A credential sent as it is on every request: a personal or service token as a bearer, or a user
 * and password as HTTP Basic. Nothing to renew, so a 401 is final.
 */
public final class HeaderAuth implements RequestAuth {
  private final Secret authorization;

  private HeaderAuth(Secret authorization) {
    this.authorization = authorization;
  }

  public static HeaderAuth bearer(Secret token) {
    return new HeaderAuth(Secret.of("Bearer " + token.reveal()));
  }

  public static HeaderAuth basic(String user, Secret password) {
    String pair = user + ":" + password.reveal();
    return new HeaderAuth(
        Secret.of(
            "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))));
  }

  @Override
  public Request authorize(Request request) {
    return request.newBuilder().header("Authorization", authorization.reveal()).build();
  }
}
