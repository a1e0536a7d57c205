package io.keyward.connectors.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.MappedItems;
import io.keyward.connectors.Timestamps;
import io.keyward.connectors.aws.CredentialReport.Row;
import io.keyward.connectors.aws.IamWire.AccessKey;
import io.keyward.connectors.aws.IamWire.AttachedPolicy;
import io.keyward.connectors.aws.IamWire.Group;
import io.keyward.connectors.aws.IamWire.InlinePolicy;
import io.keyward.connectors.aws.IamWire.ManagedPolicy;
import io.keyward.connectors.aws.IamWire.Role;
import io.keyward.connectors.aws.IamWire.Tag;
import io.keyward.connectors.aws.IamWire.User;
import io.keyward.connectors.aws.PolicyDocument.Statement;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.GrantIds;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Privilege;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Maps one account's authorization details (plus its access keys and credential report when a live
 * sync fetched them) to identities, credentials, grants and delegations. Pure: no I/O.
 *
 * <ul>
 *   <li>Users, roles and groups are identities {@code SOURCE:user/NAME}, {@code SOURCE:role/NAME},
 *       {@code SOURCE:group/NAME}; the root user {@code SOURCE:root} comes from the report.
 *   <li>Every Allow statement of a policy in force becomes one grant per action and resource. Group
 *       policies are the group's direct grants and each member's VIA_GROUP grants.
 *   <li>Group membership is a GROUP_MEMBERSHIP delegation member to group; each principal a role's
 *       trust policy names is an ASSUME_ROLE delegation principal to role, its Condition verbatim.
 * </ul>
 */
final class AccountMapper {
  /** Tag whose value names the accountable human of a user or role (a Keyward identity id). */
  static final String OWNER_TAG = "keyward:owner";

  private final String sourceId;
  private final String account;

  AccountMapper(String sourceId, String account) {
    this.sourceId = sourceId;
    this.account = account;
  }

  /**
   * @param accessKeys each user's keys by user name; null when not fetched (offline import)
   * @param report the credential report; null when there is none
   * @throws IllegalArgumentException naming the principal and policy when a document is unreadable
   */
  MappedItems map(
      AuthorizationDetails details,
      @Nullable Map<String, List<AccessKey>> accessKeys,
      @Nullable CredentialReport report) {
    Builder out = new Builder();
    Map<String, List<PolicyRef>> groupPolicies = new HashMap<>();
    for (Group group : details.groups()) {
      String id = sourceId + ":group/" + group.groupName();
      List<PolicyRef> policies =
          policies(group.groupPolicyList(), group.attachedManagedPolicies(), details);
      groupPolicies.put(group.groupName(), policies);
      out.identities.add(
          new Identity(
              id,
              sourceId,
              group.arn(),
              IdentityKind.GROUP,
              group.groupName(),
              null,
              IdentityStatus.ENABLED,
              Timestamps.iso(group.createDate(), "CreateDate"),
              null,
              "IAM group",
              Map.of()));
      out.grants(id, GrantOrigin.DIRECT, null, policies);
    }
    for (User user : details.users()) {
      mapUser(user, details, groupPolicies, accessKeys, report, out);
    }
    for (Role role : details.roles()) {
      mapRole(role, details, out);
    }
    if (report != null) {
      report.row(CredentialReport.ROOT).ifPresent(root -> mapRoot(root, out));
    }
    return MappedItems.ofPrincipals(out.identities, out.credentials, out.grants, out.delegations);
  }

  private void mapUser(
      User user,
      AuthorizationDetails details,
      Map<String, List<PolicyRef>> groupPolicies,
      @Nullable Map<String, List<AccessKey>> accessKeys,
      @Nullable CredentialReport report,
      Builder out) {
    String id = sourceId + ":user/" + user.userName();
    Optional<Row> row = report == null ? Optional.empty() : report.row(user.userName());
    List<AccessKey> keys =
        accessKeys == null ? List.of() : accessKeys.getOrDefault(user.userName(), List.of());
    Optional<Boolean> hasKeys =
        accessKeys != null
            ? Optional.of(keys.stream().anyMatch(k -> k.status().equals("Active")))
            : row.map(r -> r.accessKeys().stream().anyMatch(CredentialReport.Slot::active));
    Classification kind =
        Classification.ofUser(
            user.userName(), user.tags(), row.flatMap(Row::passwordEnabled), hasKeys);
    Map<String, String> tags = tags(user.tags());
    row.ifPresent(r -> tags.putAll(ReportCredentials.reportTags(r)));
    out.identities.add(
        new Identity(
            id,
            sourceId,
            user.arn(),
            kind.kind(),
            user.userName(),
            user.userName().contains("@") ? user.userName() : null,
            IdentityStatus.ENABLED,
            Timestamps.iso(user.createDate(), "CreateDate"),
            owner(user.tags(), id),
            kind.reason(),
            tags));
    for (AccessKey key : keys) {
      out.credentials.add(accessKey(id, key));
    }
    row.ifPresent(
        r -> out.credentials.addAll(ReportCredentials.of(sourceId, id, id, r, accessKeys == null)));
    out.grants(
        id,
        GrantOrigin.DIRECT,
        null,
        policies(user.userPolicyList(), user.attachedManagedPolicies(), details));
    for (String group : user.groupList()) {
      String groupId = sourceId + ":group/" + group;
      out.delegations.add(
          new Delegation(
              id + "/member-of/" + group,
              sourceId,
              id,
              groupId,
              DelegationKind.GROUP_MEMBERSHIP,
              List.of(),
              null,
              null));
      out.grants(id, GrantOrigin.VIA_GROUP, groupId, groupPolicies.getOrDefault(group, List.of()));
    }
  }

  private void mapRole(Role role, AuthorizationDetails details, Builder out) {
    String id = sourceId + ":role/" + role.roleName();
    List<TrustEdge> trust = trust(role);
    Classification kind =
        Classification.ofRole(
            role.roleName(), role.tags(), trust.stream().map(TrustEdge::principal).toList());
    Map<String, String> tags = tags(role.tags());
    if (role.roleLastUsed() != null && role.roleLastUsed().lastUsedDate() != null) {
      tags.put("last_used", role.roleLastUsed().lastUsedDate());
    }
    out.identities.add(
        new Identity(
            id,
            sourceId,
            role.arn(),
            kind.kind(),
            role.roleName(),
            null,
            IdentityStatus.ENABLED,
            Timestamps.iso(role.createDate(), "CreateDate"),
            owner(role.tags(), id),
            kind.reason(),
            tags));
    List<Grant> grants =
        out.grants(
            id,
            GrantOrigin.DIRECT,
            null,
            policies(role.rolePolicyList(), role.attachedManagedPolicies(), details));
    // Whoever assumes the role acts with all it holds: the edge's scope is the role's actions.
    List<String> scope =
        List.copyOf(new TreeSet<>(grants.stream().map(Grant::permission).toList()));
    Set<String> seen = new HashSet<>();
    for (TrustEdge edge : trust) {
      String from = edge.principal().id(sourceId, account);
      if (from.equals(id)) {
        continue;
      }
      String edgeId = id + "/trust/" + from;
      for (int n = 2; !seen.add(edgeId); n++) {
        edgeId = id + "/trust/" + from + "#" + n;
      }
      out.delegations.add(
          new Delegation(
              edgeId,
              sourceId,
              from,
              id,
              DelegationKind.ASSUME_ROLE,
              scope,
              edge.condition(),
              null));
    }
  }

  private void mapRoot(Row root, Builder out) {
    Identity identity = ReportCredentials.rootIdentity(sourceId, account, root);
    out.identities.add(identity);
    out.credentials.addAll(
        ReportCredentials.of(sourceId, identity.id(), identity.id(), root, true));
  }

  /** The Allow statements of the trust policy that let principals assume the role. */
  private List<TrustEdge> trust(Role role) {
    if (role.assumeRolePolicyDocument() == null) {
      return List.of();
    }
    PolicyDocument document =
        read(role.assumeRolePolicyDocument(), "role/" + role.roleName(), "trust policy");
    List<TrustEdge> edges = new ArrayList<>();
    for (Statement statement : document.statements()) {
      if (!statement.allow() || statement.principal() == null || !assumesRole(statement)) {
        continue;
      }
      for (TrustPrincipal principal : TrustPrincipal.of(statement.principal())) {
        edges.add(new TrustEdge(principal, statement.condition()));
      }
    }
    return edges;
  }

  private static boolean assumesRole(Statement statement) {
    return statement.actions().stream()
        .map(a -> a.toLowerCase(Locale.ROOT))
        .anyMatch(a -> a.equals("*") || a.equals("sts:*") || a.startsWith("sts:assumerole"));
  }

  private List<PolicyRef> policies(
      List<InlinePolicy> inline, List<AttachedPolicy> attached, AuthorizationDetails details) {
    List<PolicyRef> refs = new ArrayList<>();
    for (InlinePolicy policy : inline) {
      refs.add(new PolicyRef("inline/" + policy.policyName(), policy.policyDocument()));
    }
    for (AttachedPolicy policy : attached) {
      ManagedPolicy managed = details.policies().get(policy.policyArn());
      Optional<JsonNode> document = managed == null ? Optional.empty() : managed.defaultDocument();
      // A managed policy the details left out (filtered) grants nothing we can show.
      document.ifPresent(d -> refs.add(new PolicyRef("policy/" + policy.policyName(), d)));
    }
    return refs;
  }

  private static PolicyDocument read(JsonNode document, String principal, String policy) {
    try {
      return PolicyDocument.read(document);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(principal + " " + policy + ": " + e.getMessage(), e);
    }
  }

  private Credential accessKey(String userId, AccessKey key) {
    CredentialStatus status =
        switch (key.status()) {
          case "Active" -> CredentialStatus.ACTIVE;
          case "Expired" -> CredentialStatus.EXPIRED;
          default -> CredentialStatus.INACTIVE;
        };
    return new Credential(
        userId + "/key/" + key.accessKeyId(),
        sourceId,
        userId,
        CredentialKind.ACCESS_KEY,
        key.accessKeyId(),
        key.userName() + " key " + key.accessKeyId(),
        status,
        Timestamps.iso(key.createDate(), "CreateDate"),
        null,
        Timestamps.iso(key.lastUsedDate(), "LastUsedDate"),
        null,
        List.of());
  }

  private static Map<String, String> tags(List<Tag> tags) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Tag tag : tags) {
      map.put(tag.key(), tag.value() == null ? "" : tag.value());
    }
    return map;
  }

  private static @Nullable String owner(List<Tag> tags, String id) {
    return tags.stream()
        .filter(t -> t.key().equals(OWNER_TAG) && t.value() != null && !t.value().isBlank())
        .map(t -> t.value().trim())
        .filter(owner -> !owner.equals(id))
        .findFirst()
        .orElse(null);
  }

  /** A policy in force on a principal: {@code inline/NAME} or {@code policy/NAME}. */
  private record PolicyRef(String key, JsonNode document) {}

  private record TrustEdge(TrustPrincipal principal, @Nullable String condition) {}

  /** The lists being filled, and the one way grants are made. */
  private final class Builder {
    final List<Identity> identities = new ArrayList<>();
    final List<Credential> credentials = new ArrayList<>();
    final List<Grant> grants = new ArrayList<>();
    final List<Delegation> delegations = new ArrayList<>();
    private final Set<String> grantIds = new HashSet<>();

    /** Adds a grant per Allow statement, action and resource; returns those added. */
    List<Grant> grants(
        String principal, GrantOrigin origin, @Nullable String via, List<PolicyRef> policies) {
      List<Grant> added = new ArrayList<>();
      String viaKey = via == null ? "" : via.substring(via.lastIndexOf(':') + 1) + "/";
      for (PolicyRef policy : policies) {
        String principalName = principal.substring(sourceId.length() + 1);
        PolicyDocument document = read(policy.document(), principalName, policy.key());
        List<Statement> statements = document.statements();
        for (int s = 0; s < statements.size(); s++) {
          Statement statement = statements.get(s);
          if (!statement.allow()) {
            continue;
          }
          List<String> resources =
              statement.resources().isEmpty() ? List.of("*") : statement.resources();
          for (String action : statement.actions()) {
            Privilege privilege = ActionPrivilege.of(action, statement.negatedActions());
            String permission = statement.negatedActions() ? "NOT " + action : action;
            for (String resource : resources) {
              String target = statement.negatedResources() ? "NOT " + resource : resource;
              String id = GrantIds.aws(principal, viaKey, policy.key(), s, permission, target);
              if (grantIds.add(id)) {
                Grant grant =
                    new Grant(
                        id,
                        sourceId,
                        principal,
                        permission,
                        target,
                        privilege,
                        origin,
                        via,
                        statement.condition(),
                        null);
                grants.add(grant);
                added.add(grant);
              }
            }
          }
        }
      }
      return added;
    }
  }
}
