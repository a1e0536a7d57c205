package io.keyward.connectors.mlflow;

import io.keyward.connectors.http.HttpReply;
import io.keyward.connectors.http.ReplyRules;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.mlflow.MlflowWire.Problem;

/**
 * MLflow's failures: {@code {"error_code": "...", "message": "..."}} bodies; Databricks throttles
 * with 429 {@code REQUEST_LIMIT_EXCEEDED}, which the common rules already retry.
 */
final class MlflowReplyRules implements ReplyRules {
  @Override
  public String problem(HttpReply reply) {
    Problem problem = WireJson.readLeniently(reply.body(), Problem.class);
    String text = "HTTP " + reply.status();
    if (problem != null && problem.errorCode() != null) {
      text +=
          ": " + problem.errorCode() + (problem.message() == null ? "" : " " + problem.message());
    } else if (!reply.bodySnippet().isEmpty()) {
      text += ": " + reply.bodySnippet();
    }
    return switch (reply.status()) {
      case 401 ->
          text
              + " (set "
              + MlflowSettings.TOKEN_VARIABLE
              + ", or "
              + MlflowSettings.USERNAME_VARIABLE
              + " and "
              + MlflowSettings.PASSWORD_VARIABLE
              + ")";
      case 403 -> text + " (the account needs READ on the experiments and registered models)";
      default -> text;
    };
  }
}
