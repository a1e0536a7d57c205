package io.keyward.connectors.aws;

import io.keyward.model.domain.Identity;
import java.util.Optional;

/**
 * A user, role or group as the IAM Query API addresses it: actions are named for the kind ({@code
 * DetachRolePolicy}) and take {@code RoleName}. Told by the cache id AccountMapper gives ({@code
 * SOURCE:role/NAME}).
 *
 * @param kind {@code User}, {@code Role} or {@code Group}
 */
record IamPrincipal(String kind, String name, String arn) {
  static Optional<IamPrincipal> of(Identity identity) {
    String local = identity.id().substring(identity.sourceId().length() + 1);
    int slash = local.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String kind =
        switch (local.substring(0, slash)) {
          case "user" -> "User";
          case "role" -> "Role";
          case "group" -> "Group";
          default -> "";
        };
    return kind.isEmpty()
        ? Optional.empty()
        : Optional.of(new IamPrincipal(kind, identity.name(), identity.externalId()));
  }

  /** The action for this kind, e.g. {@code action("Detach", "Policy")} is DetachRolePolicy. */
  String action(String verb, String noun) {
    return verb + kind + noun;
  }

  /**
   * The parameter naming the principal: {@code UserName}, {@code RoleName} or {@code GroupName}.
   */
  String nameParameter() {
    return kind + "Name";
  }

  /**
   * Service-linked roles ({@code /aws-service-role/}) and IAM Identity Center roles ({@code
   * /aws-reserved/}) belong to AWS: their policies cannot be edited.
   */
  boolean editable() {
    return !arn.contains(":role/aws-service-role/") && !arn.contains(":role/aws-reserved/");
  }

  String describe() {
    return kind.toLowerCase(java.util.Locale.ROOT) + " " + name;
  }
}
