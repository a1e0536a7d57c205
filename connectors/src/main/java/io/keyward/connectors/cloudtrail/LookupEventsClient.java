package io.keyward.connectors.cloudtrail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.connectors.Cancellation;
import io.keyward.connectors.http.HttpReply;
import io.keyward.connectors.http.SourceHttp;
import io.keyward.connectors.http.WireJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * CloudTrail's {@code LookupEvents} (the event history) over the AWS JSON protocol: one signed POST
 * per page, paced to the API's 2 requests per second per account and region. Throttling that
 * happens anyway is retried by {@link SourceHttp}.
 */
final class LookupEventsClient {
  static final String OPERATION = "LookupEvents";
  static final String TARGET =
      "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101." + OPERATION;
  static final int PAGE_SIZE = 50; // the most LookupEvents returns per call
  // Sent as bytes: a String body would get "; charset=utf-8", which is not the protocol's type.
  private static final MediaType AMZ_JSON = MediaType.get("application/x-amz-json-1.1");

  private final SourceHttp http;
  private final HttpUrl endpoint;
  private final Pacer pacer;

  LookupEventsClient(SourceHttp http, HttpUrl endpoint, Pacer pacer) {
    this.http = http;
    this.endpoint = endpoint;
    this.pacer = pacer;
  }

  HttpUrl endpoint() {
    return endpoint;
  }

  /**
   * One page of the events between {@code start} and {@code end}; {@code nextToken} is the previous
   * page's, null for the first. Every page of one run must ask for the same window.
   */
  LookupWire.Page page(
      Instant start,
      Instant end,
      int maxResults,
      @Nullable String nextToken,
      Cancellation cancellation) {
    ObjectNode body = WireJson.MAPPER.createObjectNode();
    body.put("StartTime", start.getEpochSecond());
    body.put("EndTime", end.getEpochSecond());
    body.put("MaxResults", maxResults);
    if (nextToken != null) {
      body.put("NextToken", nextToken);
    }
    Request request =
        new Request.Builder()
            .url(endpoint)
            .header("X-Amz-Target", TARGET)
            .post(RequestBody.create(body.toString().getBytes(StandardCharsets.UTF_8), AMZ_JSON))
            .build();
    pacer.await(cancellation, http.source());
    HttpReply reply = http.send(OPERATION, request, null, cancellation);
    return WireJson.read(reply.body(), LookupWire.Page.class, http.source(), OPERATION, null);
  }
}
