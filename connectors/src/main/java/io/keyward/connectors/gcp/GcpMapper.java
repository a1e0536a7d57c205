package io.keyward.connectors.gcp;

import io.keyward.connectors.MappedItems;
import io.keyward.connectors.Timestamps;
import io.keyward.connectors.gcp.GcpWire.Binding;
import io.keyward.connectors.gcp.GcpWire.Expr;
import io.keyward.connectors.gcp.GcpWire.Key;
import io.keyward.connectors.gcp.GcpWire.Policy;
import io.keyward.connectors.gcp.GcpWire.ServiceAccount;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.GrantIds;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Maps a project's IAM wire data to the model; no I/O. Ids follow the demo estate: {@code
 * SOURCE:sa/EMAIL}, {@code SOURCE:sa/EMAIL/key/KEY_ID}, {@code SOURCE:user/EMAIL}; each binding
 * member is one grant, and the roles that let a member act as a service account are also
 * impersonation edges.
 */
final class GcpMapper {
  /** Roles that let a member act as a service account: mint its tokens, attach it, federate. */
  static final Set<String> IMPERSONATION_ROLES =
      Set.of(
          "roles/iam.serviceAccountTokenCreator",
          "roles/iam.serviceAccountUser",
          "roles/iam.workloadIdentityUser");

  /** Keys that never expire show a validBeforeTime at the end of year 9999. */
  private static final int NEVER_YEAR = 9999;

  private final String sourceId;
  private final String project;
  private final Instant now;

  GcpMapper(String sourceId, String project, Instant now) {
    this.sourceId = sourceId;
    this.project = project;
    this.now = now;
  }

  /** A live sync: accounts with their keys, the project policy and each account's policy. */
  MappedItems project(ProjectSnapshot snapshot) {
    List<Identity> identities = serviceAccounts(snapshot.accounts());
    Map<String, String> listed = new LinkedHashMap<>();
    identities.forEach(identity -> listed.put(identity.email(), identity.id()));
    List<Credential> credentials = new ArrayList<>();
    snapshot.keys().forEach((email, keys) -> credentials.addAll(keys(accountId(email), keys)));
    MemberIdentities members = new MemberIdentities(sourceId, project, listed);
    Bindings bindings = new Bindings(members);
    bindings.add(snapshot.projectPolicy(), projectResource(), List.copyOf(listed.values()));
    snapshot
        .accountPolicies()
        .forEach(
            (email, policy) ->
                bindings.add(policy, accountResource(email), List.of(listed.get(email))));
    List<Identity> all = new ArrayList<>(identities);
    all.addAll(members.created());
    return MappedItems.ofPrincipals(all, credentials, bindings.grants, bindings.delegations);
  }

  /**
   * A project policy read on its own: service accounts the project lists are looked up in {@code
   * knownServiceAccounts}; members' impersonation reach over every account is not derived, since
   * the accounts are not part of the file.
   */
  MappedItems projectPolicy(Policy policy, Map<String, String> knownServiceAccounts) {
    MemberIdentities members = new MemberIdentities(sourceId, project, knownServiceAccounts);
    Bindings bindings = new Bindings(members);
    bindings.add(policy, projectResource(), List.of());
    return MappedItems.ofPrincipals(
        members.created(), List.of(), bindings.grants, bindings.delegations);
  }

  List<Identity> serviceAccounts(List<ServiceAccount> accounts) {
    return accounts.stream().map(this::serviceAccount).toList();
  }

  Identity serviceAccount(ServiceAccount account) {
    String email = account.email();
    if (email == null || email.isBlank()) {
      throw new IllegalArgumentException("service account " + account.name() + " has no email");
    }
    ServiceAccountKind kind = ServiceAccountKind.of(email, account.description());
    Map<String, String> tags = new LinkedHashMap<>();
    putIfPresent(tags, "displayName", account.displayName());
    putIfPresent(tags, "description", account.description());
    return new Identity(
        accountId(email),
        sourceId,
        account.uniqueId() == null ? email : account.uniqueId(),
        kind.kind(),
        ServiceAccountKind.accountId(email),
        email,
        account.disabled() ? IdentityStatus.DISABLED : IdentityStatus.ENABLED,
        null,
        null,
        kind.reason(),
        tags);
  }

  List<Credential> keys(String identityId, List<Key> keys) {
    return keys.stream().map(key -> key(identityId, key)).toList();
  }

  private Credential key(String identityId, Key key) {
    String name = key.name();
    if (name == null || !name.contains("/keys/")) {
      throw new IllegalArgumentException("a key of " + identityId + " has no name");
    }
    String keyId = name.substring(name.lastIndexOf('/') + 1);
    Instant validAfter = Timestamps.iso(key.validAfterTime(), "validAfterTime of key " + keyId);
    Instant validBefore = Timestamps.iso(key.validBeforeTime(), "validBeforeTime of key " + keyId);
    Instant expires =
        validBefore == null || validBefore.atOffset(ZoneOffset.UTC).getYear() >= NEVER_YEAR
            ? null
            : validBefore;
    CredentialStatus status;
    if (key.disabled()) {
      status = CredentialStatus.INACTIVE;
    } else if (expires != null && !expires.isAfter(now)) {
      status = CredentialStatus.EXPIRED;
    } else {
      status = CredentialStatus.ACTIVE;
    }
    return new Credential(
        identityId + "/key/" + keyId,
        sourceId,
        identityId,
        CredentialKind.SERVICE_ACCOUNT_KEY,
        name,
        keyLabel(key),
        status,
        validAfter,
        expires,
        null,
        null,
        List.of());
  }

  /** "user-managed key", saying when it was uploaded rather than made by Google, and why off. */
  private static String keyLabel(Key key) {
    String label = "user-managed key";
    if ("USER_PROVIDED".equals(key.keyOrigin())) {
      label += ", uploaded";
    }
    if (key.disabled()) {
      String reason = key.disableReason();
      label +=
          reason == null
              ? " (disabled)"
              : " (disabled: "
                  + reason
                      .replace("SERVICE_ACCOUNT_KEY_DISABLE_REASON_", "")
                      .replace('_', ' ')
                      .toLowerCase(Locale.ROOT)
                  + ")";
    }
    return label;
  }

  private String accountId(String email) {
    return sourceId + ":sa/" + email;
  }

  private String projectResource() {
    return "projects/" + project;
  }

  private String accountResource(String email) {
    return "projects/" + project + "/serviceAccounts/" + email;
  }

  private static void putIfPresent(Map<String, String> tags, String key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      tags.put(key, value);
    }
  }

  /** Bindings of the policies read so far, as grants and impersonation edges. */
  private final class Bindings {
    private final MemberIdentities members;
    private final List<Grant> grants = new ArrayList<>();
    private final List<Delegation> delegations = new ArrayList<>();

    Bindings(MemberIdentities members) {
      this.members = members;
    }

    /**
     * @param resource what the policy is attached to
     * @param actAs the accounts an impersonation role in this policy lets members act as
     */
    void add(Policy policy, String resource, List<String> actAs) {
      for (Binding binding : policy.bindings()) {
        String role = binding.role();
        if (role == null || role.isBlank()) {
          throw new IllegalArgumentException("a binding on " + resource + " has no role");
        }
        if (role.contains("_withcond_")) {
          throw new IllegalArgumentException(
              "binding "
                  + role
                  + " on "
                  + resource
                  + " was read at policy version 1, which drops its condition; read the policy"
                  + " with requestedPolicyVersion 3");
        }
        String condition = condition(binding.condition());
        String suffix = GrantIds.gcpSuffix(condition);
        for (String member : binding.members()) {
          String principal = members.identityId(PolicyMember.parse(member));
          grants.add(
              new Grant(
                  GrantIds.gcp(sourceId, resource, role, member, condition),
                  sourceId,
                  principal,
                  role,
                  resource,
                  RolePrivilege.of(role),
                  GrantOrigin.DIRECT,
                  null,
                  condition,
                  null));
          if (IMPERSONATION_ROLES.contains(role)) {
            impersonation(principal, member, role, condition, suffix, actAs);
          }
        }
      }
    }

    private void impersonation(
        String principal,
        String member,
        String role,
        @Nullable String condition,
        String suffix,
        List<String> actAs) {
      for (String target : actAs) {
        if (target.equals(principal)) {
          continue; // an account acting as itself gains nothing
        }
        delegations.add(
            new Delegation(
                sourceId + ":impersonation/" + target + "/" + role + "/" + member + suffix,
                sourceId,
                principal,
                target,
                DelegationKind.IMPERSONATION,
                List.of(role),
                condition,
                null));
      }
    }
  }

  /** A condition kept verbatim as {@code title: expression}. */
  static @Nullable String condition(@Nullable Expr condition) {
    if (condition == null || condition.expression() == null) {
      return null;
    }
    String title = condition.title();
    return title == null || title.isBlank()
        ? condition.expression()
        : title + ": " + condition.expression();
  }
}
