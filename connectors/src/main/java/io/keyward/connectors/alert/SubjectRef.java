package io.keyward.connectors.alert;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An identifier an alert names its subject by, in the form the feed gave it. The matcher looks each
 * kind up where the cache keeps it: key ids among credentials, ARNs and object ids among
 * identities' own ids, emails among emails.
 */
public sealed interface SubjectRef {

  /** How the alert's detail names this reference, e.g. "access key AKIA...". */
  String describe();

  /** A credential's own id in its source: an AWS access key id, a session id, a key name. */
  record CredentialId(String value) implements SubjectRef {
    @Override
    public String describe() {
      return "credential " + value;
    }
  }

  /** An identity's own id in its source: an ARN, an Entra object id, a Keycloak id. */
  record ExternalId(String value) implements SubjectRef {
    @Override
    public String describe() {
      return "id " + value;
    }
  }

  /** An email address, of a person or a GCP service account. */
  record Email(String value) implements SubjectRef {
    @Override
    public String describe() {
      return "email " + value;
    }
  }

  /**
   * An AWS role by name, as GuardDuty and assumed-role session ARNs give it: role names are unique
   * per account, whatever the role's path.
   */
  record AwsRole(@Nullable String account, String name) implements SubjectRef {
    @Override
    public String describe() {
      return "AWS role " + name + (account == null ? "" : " in " + account);
    }
  }

  /** An AWS IAM user by name in an account. */
  record AwsUser(@Nullable String account, String name) implements SubjectRef {
    @Override
    public String describe() {
      return "AWS user " + name + (account == null ? "" : " in " + account);
    }
  }

  /** A subject named by its issuer, as a token's {@code iss} and {@code sub}. */
  record IssuerSubject(String issuer, String subject) implements SubjectRef {
    @Override
    public String describe() {
      return "subject " + subject + " of " + issuer;
    }
  }

  /** A display or user name: matched only when exactly one identity bears it. */
  record Name(String value) implements SubjectRef {
    @Override
    public String describe() {
      return "name " + value;
    }
  }

  /**
   * {@code AKIA}/{@code ASIA} and the other AWS key id prefixes, then 16 upper-case letters and
   * digits.
   */
  Pattern AWS_KEY_ID = Pattern.compile("(AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}");

  /** {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}. */
  Pattern ASSUMED_ROLE = Pattern.compile("arn:aws[a-z-]*:sts::(\\d{12}):assumed-role/([^/]+)/.*");

  /** {@code arn:aws:iam::ACCOUNT:role/PATH/ROLE}. */
  Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::(\\d{12}):role/(?:.*/)?([^/]+)");

  /**
   * What an identifier of unknown kind most likely is: an access key id, an ARN (a session ARN
   * names its role), an email, or else an identity's own id.
   */
  static SubjectRef of(String identifier) {
    String value = identifier.strip();
    if (AWS_KEY_ID.matcher(value).matches()) {
      return new CredentialId(value);
    }
    Matcher session = ASSUMED_ROLE.matcher(value);
    if (session.matches()) {
      return new AwsRole(session.group(1), session.group(2));
    }
    Matcher role = ROLE_ARN.matcher(value);
    if (role.matches()) {
      return new AwsRole(role.group(1), role.group(2));
    }
    if (value.contains("@") && !value.startsWith("arn:")) {
      return new Email(value.toLowerCase(Locale.ROOT));
    }
    return new ExternalId(value);
  }
}
