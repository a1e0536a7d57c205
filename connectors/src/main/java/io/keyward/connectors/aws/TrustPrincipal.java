package io.keyward.connectors.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Who a role's trust policy lets assume it. Each kind names the delegation's {@code from} end: ids
 * in this account use the source's id, other accounts' use {@code aws:ACCOUNT}, as their own
 * default source would file them.
 */
sealed interface TrustPrincipal {
  /** The delegation's from-id, given this source's id and account. */
  String id(String sourceId, String account);

  /** {@code "*"}: any AWS principal at all, narrowed only by the statement's condition. */
  record Anyone() implements TrustPrincipal {
    @Override
    public String id(String sourceId, String account) {
      return "aws:*";
    }
  }

  /** A whole account ({@code arn:aws:iam::ACCOUNT:root} or a bare id), subject to its policies. */
  record AccountRoot(String trusted) implements TrustPrincipal {
    @Override
    public String id(String sourceId, String account) {
      return scoped(sourceId, account, trusted, "root");
    }
  }

  /** A user or role (or a session of one), maybe of another account. */
  record IamPrincipal(Arn.Principal principal) implements TrustPrincipal {
    @Override
    public String id(String sourceId, String account) {
      return scoped(sourceId, account, principal.account(), principal.local());
    }
  }

  /** A unique id (AROA..., AIDA...) that IAM shows when the trusted principal was deleted. */
  record DeletedPrincipal(String uniqueId) implements TrustPrincipal {
    @Override
    public String id(String sourceId, String account) {
      return sourceId + ":deleted-principal/" + uniqueId;
    }
  }

  /** An AWS service such as {@code ecs-tasks.amazonaws.com}. */
  record Service(String name) implements TrustPrincipal {
    @Override
    public String id(String sourceId, String account) {
      return "aws:service/" + name;
    }
  }

  /** An IAM OIDC identity provider: web identity federation (GitHub Actions, EKS, Entra). */
  record OidcProvider(String owner, String host) implements TrustPrincipal {
    @Override
    public String id(String sourceId, String account) {
      return scoped(sourceId, account, owner, "oidc-provider/" + host);
    }
  }

  /** An IAM SAML provider: people signing in through a corporate identity provider. */
  record SamlProvider(String owner, String name) implements TrustPrincipal {
    @Override
    public String id(String sourceId, String account) {
      return scoped(sourceId, account, owner, "saml-provider/" + name);
    }
  }

  /** A public web identity provider: {@code cognito-identity.amazonaws.com}, Google, Amazon. */
  record WebIdentityProvider(String name) implements TrustPrincipal {
    @Override
    public String id(String sourceId, String account) {
      return "aws:federated/" + name;
    }
  }

  private static String scoped(String sourceId, String account, String owner, String local) {
    return (owner.equals(account) ? sourceId : "aws:" + owner) + ":" + local;
  }

  /** The principals of a statement's {@code Principal} element. */
  static List<TrustPrincipal> of(JsonNode principal) {
    List<TrustPrincipal> found = new ArrayList<>();
    if (principal.isTextual()) {
      found.add(new Anyone());
      return found;
    }
    for (String value : PolicyDocument.strings(principal.path("AWS"))) {
      found.add(aws(value));
    }
    for (String value : PolicyDocument.strings(principal.path("Service"))) {
      found.add(new Service(value));
    }
    for (String value : PolicyDocument.strings(principal.path("Federated"))) {
      found.add(federated(value));
    }
    return found;
  }

  private static TrustPrincipal aws(String value) {
    if (value.equals("*")) {
      return new Anyone();
    }
    if (Arn.isAccountId(value)) {
      return new AccountRoot(value);
    }
    return Arn.principal(value)
        .<TrustPrincipal>map(
            p -> p.local().equals("root") ? new AccountRoot(p.account()) : new IamPrincipal(p))
        .orElseGet(() -> new DeletedPrincipal(value));
  }

  private static TrustPrincipal federated(String value) {
    return Arn.principal(value)
        .<TrustPrincipal>map(
            p -> {
              String local = p.local();
              String name = local.substring(local.indexOf('/') + 1);
              return local.startsWith("saml-provider/")
                  ? new SamlProvider(p.account(), name)
                  : new OidcProvider(p.account(), name);
            })
        .orElseGet(() -> new WebIdentityProvider(value));
  }
}
