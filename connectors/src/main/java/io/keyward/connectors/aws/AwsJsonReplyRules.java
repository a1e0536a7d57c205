package io.keyward.connectors.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.http.HttpReply;
import io.keyward.connectors.http.ReplyRules;
import io.keyward.connectors.http.WireJson;
import java.util.Optional;
import java.util.Set;

/**
 * How AWS services that speak the JSON protocol (CloudTrail, and the other {@code
 * application/x-amz-json-1.1} APIs) fail: a {@code {"__type":"…#Code","message":"…"}} body, and
 * throttling as HTTP 400 {@code ThrottlingException} with no Retry-After, worth another try after a
 * backoff.
 */
public final class AwsJsonReplyRules implements ReplyRules {
  public static final AwsJsonReplyRules INSTANCE = new AwsJsonReplyRules();

  /** The error codes AWS services use to say "slow down", in either protocol. */
  static final Set<String> THROTTLING =
      Set.of(
          "Throttling", "ThrottlingException", "RequestLimitExceeded", "TooManyRequestsException");

  private AwsJsonReplyRules() {}

  @Override
  public boolean retryable(HttpReply reply) {
    return ReplyRules.DEFAULT.retryable(reply)
        || (reply.status() == 400
            && error(reply).map(e -> THROTTLING.contains(e.code())).orElse(false));
  }

  @Override
  public String problem(HttpReply reply) {
    return error(reply)
        .map(e -> problem(reply, e.code(), e.message()))
        .orElseGet(() -> ReplyRules.DEFAULT.problem(reply));
  }

  /** "HTTP 400 Code: message", as both AWS protocols' errors read. */
  static String problem(HttpReply reply, String code, String message) {
    return "HTTP " + reply.status() + " " + code + (message.isEmpty() ? "" : ": " + message);
  }

  /**
   * The code and message of a JSON error body; the code is the part of {@code __type} after the
   * namespace ({@code com.amazonaws.cloudtrail.v20131101#ThrottlingException}).
   */
  private static Optional<AwsError> error(HttpReply reply) {
    JsonNode body = WireJson.readLeniently(reply.body(), JsonNode.class);
    if (body == null || !body.path("__type").isTextual()) {
      return Optional.empty();
    }
    String type = body.get("__type").asText();
    String code = type.substring(type.indexOf('#') + 1);
    // CloudTrail spells it "message", some services "Message".
    String message = body.path("message").asText(body.path("Message").asText(""));
    return Optional.of(new AwsError(code, message));
  }

  private record AwsError(String code, String message) {}
}
