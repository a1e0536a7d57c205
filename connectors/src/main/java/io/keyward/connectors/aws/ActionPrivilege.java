package io.keyward.connectors.aws;

import io.keyward.model.domain.Privilege;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How much an IAM action lets its holder do, by rules an analyst can check against the action's
 * name:
 *
 * <ol>
 *   <li>ADMIN: {@code *} or a whole service ({@code s3:*}); any IAM, Organizations or STS action
 *       that is not a read (it changes who may do what, or hands out credentials); and in any
 *       service an action that changes a policy or permission ({@code s3:PutBucketPolicy}, {@code
 *       kms:CreateGrant}, {@code lambda:AddPermission}).
 *   <li>READ: the verb is a read verb ({@code Get}, {@code List}, {@code Describe}, {@code Head},
 *       {@code Query}, {@code Scan}, {@code Select}, {@code Search}, {@code Lookup}, {@code View},
 *       {@code BatchGet}), with or without a trailing wildcard ({@code s3:Get*}).
 *   <li>WRITE: everything else, wildcards inside the verb included ({@code s3:*Object}).
 * </ol>
 *
 * IAM action names are case-insensitive, and so are these rules. A statement with {@code NotAction}
 * allows everything but the listed actions: ADMIN.
 */
final class ActionPrivilege {
  private static final Set<String> PERMISSION_SERVICES = Set.of("iam", "organizations", "sts");
  private static final Pattern READ_VERB =
      Pattern.compile(
          "(Get|List|Describe|Head|Query|Scan|Select|Search|Lookup|View|BatchGet|Read)"
              + "([A-Z*].*)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PERMISSION_CHANGE =
      Pattern.compile(
          "(Put|Attach|Detach|Set|Delete|Create|Update|Replace)[A-Za-z]*Policy[A-Za-z]*"
              + "|(Add|Remove)Permission|CreateGrant|RetireGrant|RevokeGrant",
          Pattern.CASE_INSENSITIVE);

  private ActionPrivilege() {}

  static Privilege of(String action, boolean negated) {
    if (negated || action.equals("*")) {
      return Privilege.ADMIN;
    }
    int colon = action.indexOf(':');
    if (colon < 0) {
      return Privilege.WRITE;
    }
    String service = action.substring(0, colon).toLowerCase(Locale.ROOT);
    String verb = action.substring(colon + 1);
    if (verb.equals("*")) {
      return Privilege.ADMIN;
    }
    boolean read = READ_VERB.matcher(verb).matches();
    if (!read && PERMISSION_SERVICES.contains(service)) {
      return Privilege.ADMIN;
    }
    if (PERMISSION_CHANGE.matcher(verb).matches()) {
      return Privilege.ADMIN;
    }
    return read ? Privilege.READ : Privilege.WRITE;
  }
}
