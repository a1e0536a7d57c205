package io.keyward.connectors.aws;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parts of an ARN that ids are made of: {@code arn:PARTITION:SERVICE::ACCOUNT:TYPE/...}.
 */
final class Arn {
  private static final Pattern IAM =
      Pattern.compile("arn:aws[a-z-]*:(iam|sts)::(\\d{12}):([a-z-]+)(?:/(.*))?");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

  private Arn() {}

  static Optional<String> account(String arn) {
    Matcher m = IAM.matcher(arn);
    return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
  }

  static boolean isAccountId(String value) {
    return ACCOUNT.matcher(value).matches();
  }

  /**
   * The principal an IAM or STS ARN names, as {@code TYPE/NAME} without the path: {@code
   * user/ci-bot}, {@code role/DataLakeReader} (an assumed-role session names its role), {@code
   * root}, {@code oidc-provider/token.actions.githubusercontent.com}. Empty for other ARNs.
   */
  static Optional<Principal> principal(String arn) {
    Matcher m = IAM.matcher(arn);
    if (!m.matches()) {
      return Optional.empty();
    }
    String account = m.group(2);
    String type = m.group(3);
    String rest = m.group(4) == null ? "" : m.group(4);
    return switch (type) {
      case "root" -> Optional.of(new Principal(account, "root"));
      case "user", "role", "group" -> Optional.of(new Principal(account, type + "/" + last(rest)));
      case "assumed-role" -> Optional.of(new Principal(account, "role/" + first(rest)));
      case "oidc-provider", "saml-provider" ->
          Optional.of(new Principal(account, type + "/" + rest));
      default -> Optional.empty();
    };
  }

  private static String last(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String first(String path) {
    int slash = path.indexOf('/');
    return slash < 0 ? path : path.substring(0, slash);
  }

  /** A principal of account {@code account}, named {@code local} within it. */
  record Principal(String account, String local) {
    /** Its id in Keyward, as the default source of that account would file it. */
    String id() {
      return "aws:" + account + ":" + local;
    }
  }
}
