package io.keyward.connectors.http;

import okhttp3.Request;

/** Adds credentials to a request: a bearer token, a SigV4 signature, basic auth. */
public interface RequestAuth {
  RequestAuth NONE = request -> request;

  Request authorize(Request request);

  /**
   * Called after a 401: drop the cached token and get a new one on the next {@link #authorize}.
   *
   * @return whether a renewed credential could help, so the request is worth one more try
   */
  default boolean renew() {
    return false;
  }
}
