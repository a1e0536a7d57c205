package io.keyward.connectors.gcp;

import io.keyward.model.domain.IdentityKind;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What kind a service account is, and the rule that said so; first match wins. GCP service accounts
 * carry no labels, so the description is where a team can mark an agent.
 *
 * <ol>
 *   <li>description contains {@code keyward-kind=agent}: AGENT
 *   <li>account id ends with {@code -agent} (optionally {@code -agent-N}) or starts with {@code
 *       agent-}: AGENT
 *   <li>{@code NUMBER-compute@developer.gserviceaccount.com}, {@code PROJECT@appspot...}: the
 *       project's default accounts
 *   <li>{@code service-NUMBER@gcp-sa-*}, {@code @cloudservices}, {@code @cloudbuild}: a
 *       Google-managed service agent
 *   <li>otherwise a plain service account
 * </ol>
 */
record ServiceAccountKind(IdentityKind kind, String reason) {
  static final String AGENT_MARK = "keyward-kind=agent";
  private static final Pattern AGENT_SUFFIX = Pattern.compile(".*-agent(-\\d+)?");
  private static final Pattern SERVICE_AGENT =
      Pattern.compile(
          "service-\\d+@gcp-sa-[a-z0-9-]+\\.iam\\.gserviceaccount\\.com"
              + "|\\d+@cloudservices\\.gserviceaccount\\.com"
              + "|\\d+@cloudbuild\\.gserviceaccount\\.com");

  static ServiceAccountKind of(String email, @Nullable String description) {
    String account = accountId(email);
    if (description != null && description.contains(AGENT_MARK)) {
      return new ServiceAccountKind(IdentityKind.AGENT, "description says " + AGENT_MARK);
    }
    if (AGENT_SUFFIX.matcher(account).matches()) {
      return new ServiceAccountKind(IdentityKind.AGENT, "name matches *-agent");
    }
    if (account.startsWith("agent-")) {
      return new ServiceAccountKind(IdentityKind.AGENT, "name matches agent-*");
    }
    if (email.endsWith("-compute@developer.gserviceaccount.com")) {
      return service("Compute Engine default service account");
    }
    if (email.endsWith("@appspot.gserviceaccount.com")) {
      return service("App Engine default service account");
    }
    if (SERVICE_AGENT.matcher(email).matches()) {
      return service("Google-managed service agent");
    }
    return service("GCP service account");
  }

  /** The part before {@code @}: what the console calls the service account id. */
  static String accountId(String email) {
    int at = email.indexOf('@');
    return at < 0 ? email : email.substring(0, at);
  }

  private static ServiceAccountKind service(String reason) {
    return new ServiceAccountKind(IdentityKind.SERVICE_ACCOUNT, reason);
  }
}
