package io.keyward.connectors.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.Cancellation;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * Single JSON requests to a REST API, as revokers make them: a read of one item (a 404 means it is
 * gone) and writes with a JSON body. Refusals carry the source's own words ({@link ReplyRules}).
 */
public final class JsonCalls {
  private static final MediaType JSON = MediaType.get("application/json");

  private final SourceHttp http;
  private final Cancellation cancellation;

  public JsonCalls(SourceHttp http, Cancellation cancellation) {
    this.http = http;
    this.cancellation = cancellation;
  }

  /** The source's id, as errors name it. */
  public String source() {
    return http.source();
  }

  /** The item at {@code url}; empty when the source answers 404. */
  public Optional<JsonNode> find(HttpUrl url, @Nullable String item) {
    try {
      return Optional.of(tree(send("GET", url, null, item), url, item));
    } catch (RefusedReplyException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** POSTs {@code body} (none when null) and reads the reply as JSON. */
  public JsonNode post(HttpUrl url, @Nullable JsonNode body, @Nullable String item) {
    return tree(send("POST", url, body, item), url, item);
  }

  /**
   * Sends one request; {@code body} null sends none (an empty body for POST).
   *
   * @return the 2xx reply
   * @throws io.keyward.connectors.SourceException with the source's message otherwise
   */
  public HttpReply send(
      String method, HttpUrl url, @Nullable JsonNode body, @Nullable String item) {
    RequestBody content =
        body != null
            ? RequestBody.create(body.toString(), JSON)
            : method.equals("POST") || method.equals("PATCH") || method.equals("PUT")
                ? RequestBody.create(new byte[0])
                : null;
    return http.send(
        new Request.Builder().url(url).method(method, content).build(), item, cancellation);
  }

  private JsonNode tree(HttpReply reply, HttpUrl url, @Nullable String item) {
    return reply.body().isBlank()
        ? WireJson.MAPPER.nullNode()
        : WireJson.read(
            reply.body(), JsonNode.class, http.source(), "reply of " + url.encodedPath(), item);
  }
}
