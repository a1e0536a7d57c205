package io.keyward.connectors.entra;

import io.keyward.connectors.entra.GraphWire.AppRoleAssignment;
import io.keyward.connectors.entra.GraphWire.Application;
import io.keyward.connectors.entra.GraphWire.DirectoryObject;
import io.keyward.connectors.entra.GraphWire.Group;
import io.keyward.connectors.entra.GraphWire.PermissionGrant;
import io.keyward.connectors.entra.GraphWire.RoleAssignment;
import io.keyward.connectors.entra.GraphWire.RoleDefinition;
import io.keyward.connectors.entra.GraphWire.ServicePrincipal;
import io.keyward.connectors.entra.GraphWire.User;
import java.util.List;
import java.util.Map;

/**
 * Everything one sync read from Graph, as Graph said it, before any mapping.
 *
 * @param groupMembers direct members by group object id
 * @param agentIdentities from the agent identity endpoint; may repeat service principals
 * @param agentSponsors sponsors by agent identity object id
 * @param agentOwners owners of agent identities that have no sponsor, by object id
 * @param appRoleAssignments every assignment granted on any service principal
 */
record TenantSnapshot(
    List<User> users,
    List<Group> groups,
    Map<String, List<DirectoryObject>> groupMembers,
    List<ServicePrincipal> servicePrincipals,
    List<ServicePrincipal> agentIdentities,
    Map<String, List<DirectoryObject>> agentSponsors,
    Map<String, List<DirectoryObject>> agentOwners,
    List<Application> applications,
    List<PermissionGrant> permissionGrants,
    List<AppRoleAssignment> appRoleAssignments,
    List<RoleDefinition> roleDefinitions,
    List<RoleAssignment> roleAssignments) {

  TenantSnapshot {
    groupMembers = Map.copyOf(groupMembers);
    agentSponsors = Map.copyOf(agentSponsors);
    agentOwners = Map.copyOf(agentOwners);
  }
}
