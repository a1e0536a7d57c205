package io.keyward.connectors.keycloak;

import io.keyward.connectors.http.HttpReply;
import io.keyward.connectors.http.ReplyRules;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.keycloak.KeycloakWire.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Keycloak's failures: no throttling of its own, so the common retry rules hold; error bodies say
 * what went wrong under {@code errorMessage}, {@code error_description} or {@code error}, and a 403
 * means the account lacks a realm-management role.
 */
final class KeycloakReplyRules implements ReplyRules {
  static final String SYNC_ROLES =
      "view-users, query-users, view-clients, query-clients, view-realm, view-events";

  @Override
  public String problem(HttpReply reply) {
    Problem problem = WireJson.readLeniently(reply.body(), Problem.class);
    String said = problem == null ? null : firstText(problem);
    String text = "HTTP " + reply.status();
    if (said != null) {
      text += ": " + said;
    } else if (!reply.bodySnippet().isEmpty()) {
      text += ": " + reply.bodySnippet();
    }
    if (reply.status() == 403) {
      // The reply does not say whether a read or a write was refused, so name what each needs.
      text +=
          " (sync needs the realm-management roles "
              + SYNC_ROLES
              + "; revoking needs manage-users and manage-clients)";
    }
    return text;
  }

  private static @Nullable String firstText(Problem problem) {
    for (String text :
        new String[] {problem.errorMessage(), problem.errorDescription(), problem.error()}) {
      if (text != null && !text.isBlank()) {
        return text;
      }
    }
    return null;
  }
}
