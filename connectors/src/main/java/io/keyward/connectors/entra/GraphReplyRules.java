package io.keyward.connectors.entra;

import io.keyward.connectors.http.HttpReply;
import io.keyward.connectors.http.ReplyRules;
import io.keyward.connectors.http.WireJson;

/**
 * Graph throttles with 429 and sheds load with 503/504, each with {@code Retry-After} (the default
 * rules retry those and honour the header), and tells errors as {@code
 * {"error":{"code","message"}}}, which is what the user should read.
 */
final class GraphReplyRules implements ReplyRules {
  static final GraphReplyRules INSTANCE = new GraphReplyRules();

  private GraphReplyRules() {}

  @Override
  public String problem(HttpReply reply) {
    GraphWire.ErrorBody body = WireJson.readLeniently(reply.body(), GraphWire.ErrorBody.class);
    if (body == null || body.error() == null || body.error().code() == null) {
      return ReplyRules.DEFAULT.problem(reply);
    }
    GraphWire.ErrorDetail error = body.error();
    return "HTTP "
        + reply.status()
        + " "
        + error.code()
        + (error.message() == null || error.message().isBlank() ? "" : ": " + error.message());
  }
}
