package io.keyward.connectors.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.alert.SubjectMatch;
import io.keyward.connectors.alert.SubjectMatcher;
import io.keyward.connectors.alert.SubjectRef;
import io.keyward.connectors.alert.SubjectRef.AwsRole;
import io.keyward.connectors.alert.SubjectRef.AwsUser;
import io.keyward.connectors.alert.SubjectRef.CredentialId;
import io.keyward.connectors.alert.SubjectRef.ExternalId;
import io.keyward.connectors.alert.SubjectRef.IssuerSubject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Links CloudTrail's {@code userIdentity} of every type to the cache's identities and credentials,
 * through the same matcher the alert feeds use (key ids among credentials, ARNs among external ids,
 * AWS names within their account). Lookups are remembered: a log names few principals many times.
 */
final class Principals {
  private final SubjectMatcher matcher;
  private final Map<List<SubjectRef>, SubjectMatch> matched = new HashMap<>();
  private final Map<String, Resolved> callers = new HashMap<>();

  /** A {@code userIdentity} resolved, minus the key: what every call by that principal shares. */
  private record Resolved(String subject, @Nullable String identityId, boolean roleSession) {}

  Principals(SubjectMatcher matcher) {
    this.matcher = matcher;
  }

  /**
   * @throws IllegalArgumentException when {@code userIdentity} is missing or has no type
   */
  Caller caller(JsonNode userIdentity, @Nullable String sessionCredentialId) {
    String type = Json.text(userIdentity, "type");
    if (type == null) {
      throw new IllegalArgumentException("userIdentity has no type");
    }
    String key = Json.text(userIdentity, "accessKeyId");
    String credentialId = sessionCredentialId;
    if (credentialId == null && key != null) {
      credentialId = credential(key);
    }
    JsonNode issuer = userIdentity.path("sessionContext").path("sessionIssuer");
    String memo = memoKey(type, userIdentity, issuer);
    Resolved resolved = callers.get(memo);
    if (resolved == null) {
      resolved = resolve(type, userIdentity, issuer);
      callers.put(memo, resolved);
    }
    String subject =
        resolved.roleSession()
            ? first(Json.text(userIdentity, "arn"), resolved.subject())
            : resolved.subject();
    return new Caller(subject, resolved.identityId(), credentialId, key, resolved.roleSession());
  }

  /**
   * What identifies a principal across its calls: for a role session its issuer (the session's own
   * ARN and principal id name the session); for the rest every field that resolving reads.
   */
  private static String memoKey(String type, JsonNode userIdentity, JsonNode issuer) {
    if (type.equals("AssumedRole")) {
      return type + '|' + Json.text(issuer, "arn") + '|' + Json.text(userIdentity, "accountId");
    }
    return type
        + '|'
        + Json.text(userIdentity, "arn")
        + '|'
        + Json.text(issuer, "arn")
        + '|'
        + Json.text(userIdentity, "userName")
        + '|'
        + Json.text(userIdentity, "identityProvider")
        + '|'
        + Json.text(userIdentity, "invokedBy")
        + '|'
        + Json.text(userIdentity, "accountId")
        + '|'
        + Json.text(userIdentity, "principalId");
  }

  private Resolved resolve(String type, JsonNode userIdentity, JsonNode issuer) {
    String arn = Json.text(userIdentity, "arn");
    String account = Json.text(userIdentity, "accountId");
    List<SubjectRef> refs = new ArrayList<>();
    String subject = arn;
    boolean roleSession = false;
    switch (type) {
      case "IAMUser" -> {
        addArn(refs, arn);
        String name = Json.text(userIdentity, "userName");
        if (name != null) {
          refs.add(new AwsUser(account, name));
        }
      }
      case "AssumedRole" -> {
        roleSession = true;
        addArn(refs, Json.text(issuer, "arn"));
        String role = Json.text(issuer, "userName");
        if (role != null) {
          refs.add(new AwsRole(account, role));
        }
      }
      case "FederatedUser" -> {
        // The federation token's caller: the IAM user who called GetFederationToken.
        addArn(refs, Json.text(issuer, "arn"));
      }
      case "Root" -> addArn(refs, arn != null ? arn : "arn:aws:iam::" + account + ":root");
      case "WebIdentityUser", "SAMLUser" -> {
        String provider = Json.text(userIdentity, "identityProvider");
        String user = Json.text(userIdentity, "userName");
        if (provider != null && user != null) {
          refs.add(new IssuerSubject(provider, user));
        }
        subject = user != null ? user : Json.text(userIdentity, "principalId");
      }
      case "AWSService" -> subject = Json.text(userIdentity, "invokedBy");
      case "AWSAccount" -> subject = "account " + account;
      default -> subject = Json.text(userIdentity, "principalId");
    }
    return new Resolved(subject != null ? subject : type, match(refs).identityId(), roleSession);
  }

  private static String first(@Nullable String value, String fallback) {
    return value != null ? value : fallback;
  }

  /** The cached identity an ARN names (a role ARN by the role's name within its account). */
  @Nullable String identity(@Nullable String arn) {
    SubjectRef ref = arnRef(arn);
    return ref == null ? null : match(List.of(ref)).identityId();
  }

  /**
   * The cached AWS {@code type} ({@code user}, {@code role}) called {@code name} in {@code
   * account}.
   */
  @Nullable String named(@Nullable String account, String type, String name) {
    SubjectRef ref = type.equals("role") ? new AwsRole(account, name) : new AwsUser(account, name);
    return match(List.of(ref)).identityId();
  }

  /** The cached credential whose key id is {@code keyId}. */
  @Nullable String credential(String keyId) {
    return match(List.of(new CredentialId(keyId))).credentialId();
  }

  private SubjectMatch match(List<SubjectRef> refs) {
    if (refs.isEmpty()) {
      return SubjectMatch.NONE;
    }
    return matched.computeIfAbsent(List.copyOf(refs), matcher::match);
  }

  private static void addArn(List<SubjectRef> refs, @Nullable String arn) {
    SubjectRef ref = arnRef(arn);
    if (ref != null) {
      refs.add(ref);
    }
  }

  private static @Nullable SubjectRef arnRef(@Nullable String arn) {
    if (arn == null) {
      return null;
    }
    SubjectRef ref = SubjectRef.of(arn);
    return ref instanceof AwsRole || ref instanceof ExternalId ? ref : null;
  }
}
