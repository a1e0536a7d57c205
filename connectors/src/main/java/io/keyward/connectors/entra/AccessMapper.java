package io.keyward.connectors.entra;

import io.keyward.connectors.entra.GraphWire.AppRole;
import io.keyward.connectors.entra.GraphWire.AppRoleAssignment;
import io.keyward.connectors.entra.GraphWire.DirectoryObject;
import io.keyward.connectors.entra.GraphWire.PermissionGrant;
import io.keyward.connectors.entra.GraphWire.RoleAssignment;
import io.keyward.connectors.entra.GraphWire.RoleDefinition;
import io.keyward.connectors.entra.GraphWire.ServicePrincipal;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Who may do what in the tenant: app role assignments and directory role assignments as grants
 * (members of a group that holds one get it via the group), delegated consents as grants to the
 * client plus an OAuth consent edge from the consenting user (or all users), and sponsors as
 * on-behalf-of edges to their agents. The APIs granted on become resources.
 */
final class AccessMapper {
  static final String DEFAULT_ACCESS = "00000000-0000-0000-0000-000000000000";

  /** The name the cache gives the default access role. */
  static final String DEFAULT_ACCESS_NAME = "Default access";

  private final EntraIds ids;
  private final PrincipalIndex index;
  private final Map<String, ServicePrincipal> principals;
  private final List<Grant> grants = new ArrayList<>();
  private final Map<String, Resource> resources = new LinkedHashMap<>();
  private int skipped;

  record Access(
      List<Grant> grants, List<Delegation> delegations, List<Resource> resources, int skipped) {}

  /**
   * @param principals service principals by object id
   */
  AccessMapper(EntraIds ids, PrincipalIndex index, Map<String, ServicePrincipal> principals) {
    this.ids = ids;
    this.index = index;
    this.principals = principals;
  }

  Access map(TenantSnapshot tenant) {
    tenant.appRoleAssignments().forEach(this::appRole);
    Map<String, RoleDefinition> roles =
        tenant.roleDefinitions().stream()
            .collect(Collectors.toMap(RoleDefinition::id, Function.identity(), (a, b) -> a));
    tenant.roleAssignments().forEach(a -> directoryRole(a, roles.get(a.roleDefinitionId())));
    List<Delegation> delegations = new ArrayList<>();
    for (PermissionGrant consent : tenant.permissionGrants()) {
      consent(consent).ifPresent(delegations::add);
    }
    tenant
        .agentSponsors()
        .forEach((agent, sponsors) -> delegations.addAll(sponsorship(agent, sponsors)));
    return new Access(grants, delegations, new ArrayList<>(resources.values()), skipped);
  }

  private void appRole(AppRoleAssignment assignment) {
    ServicePrincipal resource = principals.get(assignment.resourceId());
    String permission = roleName(resource, assignment.appRoleId());
    grant(
        ids.item("grant", "approle", assignment.id()),
        assignment.principalId(),
        permission,
        api(resource, assignment.resourceId()),
        GraphPrivileges.permission(permission),
        null);
  }

  private void directoryRole(RoleAssignment assignment, @Nullable RoleDefinition role) {
    String name =
        role == null || role.displayName() == null
            ? assignment.roleDefinitionId()
            : role.displayName();
    grant(
        ids.item("grant", "role", assignment.id()),
        assignment.principalId(),
        name,
        Objects.requireNonNullElse(assignment.directoryScopeId(), "/"),
        GraphPrivileges.directoryRole(role),
        null);
  }

  /**
   * A delegated consent: the client may call the API as the user, within the scopes. The grants say
   * what the client can reach; the edge says on whose behalf.
   */
  private Optional<Delegation> consent(PermissionGrant consent) {
    List<String> scopes =
        consent.scope() == null
            ? List.of()
            : Arrays.stream(consent.scope().trim().split("\\s+"))
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    Optional<String> client = index.identity(consent.clientId());
    if (scopes.isEmpty() || client.isEmpty()) {
      // An empty scope delegates nothing; a client we did not load cannot hold a grant.
      skipped += client.isEmpty() ? 1 : 0;
      return Optional.empty();
    }
    boolean allUsers = "AllPrincipals".equals(consent.consentType());
    String condition = "consentType " + (allUsers ? "AllPrincipals" : "Principal");
    String resource = api(principals.get(consent.resourceId()), consent.resourceId());
    for (String scope : scopes) {
      grant(
          ids.item("grant", "consent", consent.id(), scope),
          consent.clientId(),
          scope,
          resource,
          GraphPrivileges.permission(scope),
          "delegated, " + condition);
    }
    String from =
        allUsers || consent.principalId() == null
            ? ids.allUsers()
            : index.identity(consent.principalId()).orElse(ids.user(consent.principalId()));
    return Optional.of(
        new Delegation(
            ids.item("consent", consent.id()),
            ids.sourceId(),
            from,
            client.get(),
            DelegationKind.OAUTH_CONSENT,
            scopes,
            condition,
            null));
  }

  /**
   * The sponsor answers for the agent; the edge carries what the agent holds, so a chain through it
   * can be checked hop by hop. An agent that holds nothing gets no edge: an empty scope would read
   * as unrestricted.
   */
  private List<Delegation> sponsorship(String agentObjectId, List<DirectoryObject> sponsors) {
    Optional<String> agent = index.identity(agentObjectId);
    if (agent.isEmpty()) {
      return List.of();
    }
    List<String> scope =
        List.copyOf(
            grants.stream()
                .filter(g -> g.principalId().equals(agent.get()))
                .map(Grant::permission)
                .collect(Collectors.toCollection(TreeSet::new)));
    if (scope.isEmpty()) {
      return List.of();
    }
    List<Delegation> delegations = new ArrayList<>();
    for (DirectoryObject sponsor : sponsors) {
      index
          .identity(sponsor.id())
          .filter(from -> !from.equals(agent.get()))
          .ifPresent(
              from ->
                  delegations.add(
                      new Delegation(
                          ids.item("sponsor", agentObjectId, sponsor.id()),
                          ids.sourceId(),
                          from,
                          agent.get(),
                          DelegationKind.ON_BEHALF_OF,
                          scope,
                          "sponsor",
                          null)));
    }
    return delegations;
  }

  /** A direct grant to {@code principalObjectId}, and the same via the group to its members. */
  private void grant(
      String id,
      String principalObjectId,
      String permission,
      String resource,
      Privilege privilege,
      @Nullable String condition) {
    Optional<String> principal = index.identity(principalObjectId);
    if (principal.isEmpty()) {
      skipped++;
      return;
    }
    grants.add(
        new Grant(
            id,
            ids.sourceId(),
            principal.get(),
            permission,
            resource,
            privilege,
            GrantOrigin.DIRECT,
            null,
            condition,
            null));
    if (!index.isGroup(principalObjectId)) {
      return;
    }
    for (String member : index.actingMembers(principalObjectId)) {
      grants.add(
          new Grant(
              id + "/via/" + member,
              ids.sourceId(),
              index.identity(member).orElseThrow(),
              permission,
              resource,
              privilege,
              GrantOrigin.VIA_GROUP,
              principal.get(),
              condition,
              null));
    }
  }

  /** The app role's value; the all-zero id is the default access every assignment can carry. */
  private static String roleName(@Nullable ServicePrincipal resource, String appRoleId) {
    if (DEFAULT_ACCESS.equals(appRoleId)) {
      return DEFAULT_ACCESS_NAME;
    }
    if (resource != null && resource.appRoles() != null) {
      for (AppRole role : resource.appRoles()) {
        if (role.id().equals(appRoleId)) {
          return EntraMapper.firstOf(role.value(), role.displayName(), appRoleId);
        }
      }
    }
    return appRoleId;
  }

  /**
   * The API a grant is on, recorded once as a resource; Microsoft's own APIs (Graph, Exchange,
   * SharePoint) hold the tenant's data and count as sensitive.
   */
  private String api(@Nullable ServicePrincipal resource, String objectId) {
    String appId = resource == null || resource.appId() == null ? objectId : resource.appId();
    String id = ids.api(appId);
    resources.computeIfAbsent(
        id,
        key ->
            new Resource(
                key,
                ids.sourceId(),
                appId,
                ResourceKind.API,
                resource == null ? appId : resource.name(),
                null,
                resource != null
                    && EntraMapper.MICROSOFT_TENANT.equals(resource.appOwnerOrganizationId())));
    return id;
  }
}
