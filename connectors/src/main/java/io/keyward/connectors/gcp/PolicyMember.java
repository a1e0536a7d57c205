package io.keyward.connectors.gcp;

import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One member string of an IAM binding, read as the identity it names.
 *
 * @param member the member verbatim, e.g. {@code user:ana@example.com}; the identity's external id
 * @param localId the identity's id within its source, e.g. {@code user/ana@example.com}
 * @param reason the rule that gave {@code kind}, for the identity's classification
 * @param serviceAccount the email when the member is a live service account, which the project's
 *     own list may already hold
 */
record PolicyMember(
    String member,
    String localId,
    IdentityKind kind,
    String name,
    @Nullable String email,
    IdentityStatus status,
    String reason,
    @Nullable String serviceAccount) {

  /** {@code PROJECT.svc.id.goog[NAMESPACE/KSA]}: the older GKE workload identity member form. */
  private static final Pattern GKE_MEMBER =
      Pattern.compile("[a-z0-9.-]+\\.svc\\.id\\.goog\\[([^/\\]]+)/([^\\]]+)]");

  private static final Pattern POOL =
      Pattern.compile(".*/(workloadIdentityPools|workforcePools)/([^/]+)/(.+)");
  private static final Pattern GKE_SUBJECT = Pattern.compile("subject/ns/([^/]+)/sa/([^/]+)");

  static PolicyMember parse(String member) {
    if (member.equals("allUsers")) {
      return group(member, "allUsers", "allUsers: anyone on the internet, signed in or not");
    }
    if (member.equals("allAuthenticatedUsers")) {
      return group(member, "allAuthenticatedUsers", "allAuthenticatedUsers: any Google account");
    }
    if (member.startsWith("deleted:")) {
      return deleted(member);
    }
    int colon = member.indexOf(':');
    String type = colon < 0 ? "" : member.substring(0, colon);
    String value = member.substring(colon + 1);
    return switch (type) {
      case "serviceAccount" -> serviceAccount(member, value);
      case "user" -> of(member, "user/" + value, IdentityKind.HUMAN, value, value, "user: member");
      case "group" ->
          of(member, "group/" + value, IdentityKind.GROUP, value, value, "group: member");
      case "domain" ->
          of(
              member,
              "domain/" + value,
              IdentityKind.GROUP,
              value,
              null,
              "domain: member, every account of the domain");
      case "principal", "principalSet" -> federated(member, type.equals("principalSet"), value);
      default ->
          group(
              member,
              "member/" + member,
              "member type not recognised: kept as a set of principals");
    };
  }

  private static PolicyMember serviceAccount(String member, String email) {
    Matcher gke = GKE_MEMBER.matcher(email);
    if (gke.matches()) {
      return gkeWorkload(member, gke.group(1), gke.group(2));
    }
    ServiceAccountKind kind = ServiceAccountKind.of(email, null);
    return new PolicyMember(
        member,
        "sa/" + email,
        kind.kind(),
        ServiceAccountKind.accountId(email),
        email,
        IdentityStatus.ENABLED,
        kind.reason(),
        email);
  }

  /** {@code principal://iam.googleapis.com/.../workloadIdentityPools/POOL/subject/S} and sets. */
  private static PolicyMember federated(String member, boolean set, String uri) {
    String path = uri.startsWith("//") ? uri.substring(2) : uri;
    String localId = (set ? "principalSet/" : "principal/") + path;
    Matcher pool = POOL.matcher(path);
    if (!pool.matches()) {
      return of(member, localId, IdentityKind.WORKLOAD, path, null, "federated principal");
    }
    boolean workforce = pool.group(1).equals("workforcePools");
    String name = pool.group(2) + "/" + pool.group(3);
    Matcher gke = GKE_SUBJECT.matcher(pool.group(3));
    if (!workforce && !set && pool.group(2).endsWith(".svc.id.goog") && gke.matches()) {
      return gkeWorkload(member, gke.group(1), gke.group(2));
    }
    if (workforce) {
      return set
          ? of(member, localId, IdentityKind.GROUP, name, null, "workforce identity pool set")
          : of(member, localId, IdentityKind.HUMAN, name, null, "workforce identity pool user");
    }
    return of(
        member,
        localId,
        IdentityKind.WORKLOAD,
        name,
        null,
        set ? "workload identity pool set" : "workload identity federation principal");
  }

  private static PolicyMember gkeWorkload(String member, String namespace, String account) {
    String name = namespace + "/" + account;
    return of(
        member,
        "workload/" + name,
        IdentityKind.WORKLOAD,
        name,
        null,
        "GKE workload identity principal");
  }

  /** {@code deleted:serviceAccount:EMAIL?uid=N}: kept apart from any new account of that name. */
  private static PolicyMember deleted(String member) {
    String rest = member.substring("deleted:".length());
    int query = rest.indexOf("?uid=");
    PolicyMember was = parse(query < 0 ? rest : rest.substring(0, query));
    return new PolicyMember(
        member,
        "deleted/" + rest,
        was.kind(),
        was.name(),
        was.email(),
        IdentityStatus.DISABLED,
        "deleted, still bound: " + was.reason(),
        null);
  }

  private static PolicyMember group(String member, String localId, String reason) {
    return of(member, localId, IdentityKind.GROUP, localId, null, reason);
  }

  private static PolicyMember of(
      String member,
      String localId,
      IdentityKind kind,
      String name,
      @Nullable String email,
      String reason) {
    return new PolicyMember(
        member, localId, kind, name, email, IdentityStatus.ENABLED, reason, null);
  }
}
