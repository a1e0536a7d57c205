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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads a tenant endpoint by endpoint into a {@link TenantSnapshot}. */
final class TenantReader {
  static final String USERS =
      "/users?$select=id,displayName,userPrincipalName,mail,accountEnabled,userType,"
          + "createdDateTime&$top=999";
  static final String GROUPS =
      "/groups?$select=id,displayName,securityEnabled,mailEnabled,groupTypes,createdDateTime"
          + "&$top=999";
  static final String SERVICE_PRINCIPALS =
      "/servicePrincipals?$select=id,appId,displayName,servicePrincipalType,accountEnabled,"
          + "appOwnerOrganizationId,tags,passwordCredentials,keyCredentials,appRoles&$top=999";
  static final String AGENT_IDENTITIES = "/servicePrincipals/microsoft.graph.agentIdentity";
  static final String APPLICATIONS =
      "/applications?$select=id,appId,displayName,createdDateTime,passwordCredentials,"
          + "keyCredentials&$expand=owners($select=id)";
  static final String PERMISSION_GRANTS = "/oauth2PermissionGrants";
  // No $select: isPrivileged is not on every cloud's v1.0 and selecting it would fail there.
  static final String ROLE_DEFINITIONS = "/roleManagement/directory/roleDefinitions";
  static final String ROLE_ASSIGNMENTS = "/roleManagement/directory/roleAssignments";

  private final GraphClient graph;
  private final Consumer<String> phase;

  /**
   * @param phase told the name of each step as it starts
   */
  TenantReader(GraphClient graph, Consumer<String> phase) {
    this.graph = graph;
    this.phase = phase;
  }

  TenantSnapshot read() {
    phase.accept("reading users");
    List<User> users = graph.list(USERS, User.class);
    phase.accept("reading groups");
    List<Group> groups = graph.list(GROUPS, Group.class);
    phase.accept("reading group members");
    Map<String, List<DirectoryObject>> members = new LinkedHashMap<>();
    for (Group group : groups) {
      members.put(
          group.id(),
          graph.list(
              "/groups/" + group.id() + "/members?$select=id",
              DirectoryObject.class,
              "group " + group.id()));
    }
    phase.accept("reading service principals");
    List<ServicePrincipal> principals = graph.list(SERVICE_PRINCIPALS, ServicePrincipal.class);
    phase.accept("reading agent identities");
    List<ServicePrincipal> agents =
        graph.listIfAvailable(AGENT_IDENTITIES, ServicePrincipal.class, null);
    Map<String, List<DirectoryObject>> sponsors = new LinkedHashMap<>();
    Map<String, List<DirectoryObject>> owners = new LinkedHashMap<>();
    for (ServicePrincipal agent : agents) {
      String path = "/servicePrincipals/" + agent.id();
      String label = "agent identity " + agent.id();
      List<DirectoryObject> found =
          graph.listIfAvailable(
              path + "/microsoft.graph.agentIdentity/sponsors?$select=id",
              DirectoryObject.class,
              label);
      sponsors.put(agent.id(), found);
      if (found.isEmpty()) {
        owners.put(
            agent.id(), graph.list(path + "/owners?$select=id", DirectoryObject.class, label));
      }
    }
    phase.accept("reading applications");
    List<Application> applications = graph.list(APPLICATIONS, Application.class);
    phase.accept("reading delegated consents");
    List<PermissionGrant> consents = graph.list(PERMISSION_GRANTS, PermissionGrant.class);
    phase.accept("reading app role assignments");
    List<AppRoleAssignment> assignments = new ArrayList<>();
    for (ServicePrincipal resource : principals) {
      assignments.addAll(
          graph.list(
              "/servicePrincipals/" + resource.id() + "/appRoleAssignedTo",
              AppRoleAssignment.class,
              "service principal " + resource.id()));
    }
    phase.accept("reading directory roles");
    List<RoleDefinition> definitions = graph.list(ROLE_DEFINITIONS, RoleDefinition.class);
    List<RoleAssignment> roles = graph.list(ROLE_ASSIGNMENTS, RoleAssignment.class);
    return new TenantSnapshot(
        users,
        groups,
        members,
        principals,
        agents,
        sponsors,
        owners,
        applications,
        consents,
        assignments,
        definitions,
        roles);
  }
}
