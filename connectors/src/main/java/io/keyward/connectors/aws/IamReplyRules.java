package io.keyward.connectors.aws;

import io.keyward.connectors.SourceException;
import io.keyward.connectors.http.HttpReply;
import io.keyward.connectors.http.ReplyRules;
import java.util.Optional;

/**
 * IAM's way of failing: an {@code <ErrorResponse><Error><Code>…<Message>…} body, and throttling as
 * HTTP 400 {@code Throttling} with no Retry-After, which is worth another try after a backoff.
 */
final class IamReplyRules implements ReplyRules {
  static final IamReplyRules INSTANCE = new IamReplyRules();

  private IamReplyRules() {}

  @Override
  public boolean retryable(HttpReply reply) {
    return ReplyRules.DEFAULT.retryable(reply)
        || (reply.status() == 400
            && error(reply)
                .map(e -> AwsJsonReplyRules.THROTTLING.contains(e.code()))
                .orElse(false));
  }

  @Override
  public String problem(HttpReply reply) {
    return error(reply)
        .map(e -> AwsJsonReplyRules.problem(reply, e.code(), e.message()))
        .orElseGet(() -> ReplyRules.DEFAULT.problem(reply));
  }

  /** The code and message of an IAM error body; empty when the body is something else. */
  static Optional<IamError> error(HttpReply reply) {
    if (!reply.body().contains("<ErrorResponse")) {
      return Optional.empty();
    }
    try {
      return IamXml.parse(reply.body(), "iam", "error", null)
          .child("Error")
          .filter(e -> e.text("Code") != null)
          .map(
              e -> {
                String message = e.text("Message");
                return new IamError(e.text("Code"), message == null ? "" : message);
              });
    } catch (SourceException notXml) {
      return Optional.empty();
    }
  }

  record IamError(String code, String message) {}
}
