package io.keyward.connectors.gcp;

import io.keyward.connectors.gcp.GcpWire.ErrorBody;
import io.keyward.connectors.gcp.GcpWire.ErrorReply;
import io.keyward.connectors.http.HttpReply;
import io.keyward.connectors.http.ReplyRules;
import io.keyward.connectors.http.WireJson;
import org.jspecify.annotations.Nullable;

/**
 * How Google APIs answer: quota exhaustion is {@code RESOURCE_EXHAUSTED} (usually with 429, also
 * seen with 403), worth a retry; every failure carries {@code
 * {"error":{"code","message","status"}}}, whose status and message say more than the HTTP code.
 */
final class GoogleApiRules implements ReplyRules {
  static final GoogleApiRules INSTANCE = new GoogleApiRules();

  private GoogleApiRules() {}

  @Override
  public boolean retryable(HttpReply reply) {
    if (ReplyRules.DEFAULT.retryable(reply)) {
      return true;
    }
    ErrorBody error = error(reply);
    return error != null && "RESOURCE_EXHAUSTED".equals(error.status());
  }

  @Override
  public String problem(HttpReply reply) {
    ErrorBody error = error(reply);
    if (error == null || (error.status() == null && error.message() == null)) {
      return ReplyRules.DEFAULT.problem(reply);
    }
    StringBuilder problem = new StringBuilder("HTTP ").append(reply.status());
    if (error.status() != null) {
      problem.append(' ').append(error.status());
    }
    if (error.message() != null) {
      problem.append(": ").append(error.message());
    }
    return problem.toString();
  }

  private static @Nullable ErrorBody error(HttpReply reply) {
    ErrorReply parsed = WireJson.readLeniently(reply.body(), ErrorReply.class);
    return parsed == null ? null : parsed.error();
  }
}
