package io.keyward.connectors.aws;

import io.keyward.connectors.aws.IamWire.Tag;
import io.keyward.model.domain.IdentityKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What kind an IAM user or role is, and the rule that said so, first match wins:
 *
 * <ol>
 *   <li>the tag {@code keyward:kind} (agent, service_account, workload, human);
 *   <li>a name ending in {@code -agent} or {@code _agent}: AGENT;
 *   <li>users: a console password: HUMAN; a name that looks like a person (an email or {@code
 *       first.last}): HUMAN; otherwise SERVICE_ACCOUNT, the reason saying whether it holds access
 *       keys and whether the credential report was there to tell about the password;
 *   <li>roles: trusted by an OIDC provider or a compute service that runs customer code (ECS tasks,
 *       Lambda, EC2, EKS pods, CodeBuild, Batch): WORKLOAD; otherwise ROLE, the reason naming a
 *       SAML provider or service that assumes it.
 * </ol>
 *
 * @param kind what the identity is
 * @param reason the rule, in words an analyst can check against the account
 */
record Classification(IdentityKind kind, String reason) {
  static final String KIND_TAG = "keyward:kind";

  private static final Pattern AGENT_NAME = Pattern.compile("(?i).*[-_]agent");
  private static final Pattern PERSON_NAME =
      Pattern.compile(
          "[^@\\s]+@[^@\\s]+\\.[a-z]{2,}|[a-z]+\\.[a-z]+(-[a-z]+)?", Pattern.CASE_INSENSITIVE);
  private static final Set<String> WORKLOAD_SERVICES =
      Set.of(
          "ecs-tasks.amazonaws.com",
          "lambda.amazonaws.com",
          "ec2.amazonaws.com",
          "pods.eks.amazonaws.com",
          "codebuild.amazonaws.com",
          "batch.amazonaws.com");

  /**
   * What a user is. {@code consolePassword} is empty when no credential report said; {@code
   * accessKeys} is empty when neither ListAccessKeys nor the report did.
   */
  static Classification ofUser(
      String name,
      List<Tag> tags,
      Optional<Boolean> consolePassword,
      Optional<Boolean> accessKeys) {
    Optional<Classification> common = byTagOrName(name, tags);
    if (common.isPresent()) {
      return common.get();
    }
    boolean keys = accessKeys.orElse(false);
    if (consolePassword.orElse(false)) {
      return new Classification(
          IdentityKind.HUMAN,
          keys
              ? "IAM user with a console password (and access keys)"
              : "IAM user with a console password");
    }
    if (PERSON_NAME.matcher(name).matches()) {
      return new Classification(
          IdentityKind.HUMAN, "name looks like a person (an email or first.last)");
    }
    String reason;
    if (consolePassword.isPresent()) {
      reason =
          keys
              ? "IAM user with access keys and no console password"
              : "IAM user without access keys or console password";
    } else if (accessKeys.isPresent()) {
      reason =
          "IAM user "
              + (keys ? "with" : "without")
              + " access keys; console password unknown (no credential report)";
    } else {
      reason = "IAM user; console password and access keys unknown (no credential report)";
    }
    return new Classification(IdentityKind.SERVICE_ACCOUNT, reason);
  }

  /** What a role is, given whom its trust policy lets assume it. */
  static Classification ofRole(String name, List<Tag> tags, List<TrustPrincipal> trusted) {
    Optional<Classification> common = byTagOrName(name, tags);
    if (common.isPresent()) {
      return common.get();
    }
    for (TrustPrincipal principal : trusted) {
      if (principal instanceof TrustPrincipal.OidcProvider oidc) {
        return new Classification(
            IdentityKind.WORKLOAD, "IAM role trusted by OIDC provider " + oidc.host());
      }
    }
    for (TrustPrincipal principal : trusted) {
      if (principal instanceof TrustPrincipal.Service service
          && WORKLOAD_SERVICES.contains(service.name())) {
        return new Classification(IdentityKind.WORKLOAD, "IAM role trusted by " + service.name());
      }
    }
    for (TrustPrincipal principal : trusted) {
      if (principal instanceof TrustPrincipal.SamlProvider saml) {
        return new Classification(
            IdentityKind.ROLE, "IAM role for SAML federation through " + saml.name());
      }
      if (principal instanceof TrustPrincipal.Service service) {
        return new Classification(IdentityKind.ROLE, "IAM role trusted by " + service.name());
      }
    }
    return new Classification(IdentityKind.ROLE, "IAM role");
  }

  private static Optional<Classification> byTagOrName(String name, List<Tag> tags) {
    for (Tag tag : tags) {
      if (tag.key().equals(KIND_TAG) && tag.value() != null) {
        String value = tag.value().trim().toLowerCase(Locale.ROOT);
        Optional<IdentityKind> kind =
            switch (value) {
              case "agent" -> Optional.of(IdentityKind.AGENT);
              case "service_account", "service-account" ->
                  Optional.of(IdentityKind.SERVICE_ACCOUNT);
              case "workload" -> Optional.of(IdentityKind.WORKLOAD);
              case "human" -> Optional.of(IdentityKind.HUMAN);
              default -> Optional.empty();
            };
        if (kind.isPresent()) {
          return Optional.of(new Classification(kind.get(), "tag " + KIND_TAG + "=" + value));
        }
      }
    }
    if (AGENT_NAME.matcher(name).matches()) {
      return Optional.of(new Classification(IdentityKind.AGENT, "name matches *-agent"));
    }
    return Optional.empty();
  }
}
