package io.keyward.connectors.huggingface;

import io.keyward.connectors.http.HttpReply;
import io.keyward.connectors.http.ReplyRules;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.huggingface.HubWire.Problem;

/**
 * The Hub's failures: {@code {"error": "..."}} bodies and an {@code X-Error-Code} header ({@code
 * RepoNotFound}, {@code GatedRepo}); 429 per five-minute window, retried by the common rules.
 * Private things the token cannot see answer 401 or 404, never 403.
 */
final class HubReplyRules implements ReplyRules {
  @Override
  public String problem(HttpReply reply) {
    Problem problem = WireJson.readLeniently(reply.body(), Problem.class);
    String text = "HTTP " + reply.status();
    String code = reply.header("X-Error-Code").orElse(null);
    if (code != null) {
      text += " " + code;
    }
    if (problem != null && problem.error() != null) {
      text += ": " + problem.error();
    } else if (!reply.bodySnippet().isEmpty()) {
      text += ": " + reply.bodySnippet();
    }
    return switch (reply.status()) {
      case 401 -> text + " (the token in " + HuggingFaceConnector.TOKEN_VARIABLE + " was refused)";
      case 404 -> text + " (not found, or private and not visible to this token)";
      default -> text;
    };
  }
}
