package io.keyward.connectors.entra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.revoke.RevocationResult;
import io.keyward.connectors.revoke.VerifiedChange;
import io.keyward.connectors.revoke.VerifiedChange.Observed;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.RevocationOutcome;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * How an app role or directory role assignment that {@link AssignmentRevoker} deleted is made
 * again, from what the cache keeps of it: the principal, the API (by app id) or directory scope,
 * and the role's value or name, which Graph turns back into ids. Graph gives the new assignment a
 * new id; the next sync replaces the cached grant.
 */
sealed interface AssignmentRestore {
  /** What the undo does, as the preflight shows it. */
  String describe();

  RevocationResult restore(GraphApi api, String item);

  /** The restore of {@code grant} of {@code principal}, for a grant id's local part. */
  static Optional<AssignmentRestore> of(Grant grant, GraphPrincipal principal, String local) {
    if (local.startsWith("approle/")) {
      String apiPrefix = grant.sourceId() + ":api/";
      return grant.resource().startsWith(apiPrefix)
          ? Optional.of(
              new AppRole(
                  principal, grant.resource().substring(apiPrefix.length()), grant.permission()))
          : Optional.empty();
    }
    if (local.startsWith("role/")) {
      return Optional.of(new DirectoryRole(principal, grant.permission(), grant.resource()));
    }
    return Optional.empty();
  }

  /** The items of the list at {@code path}; none when Graph has no such list. */
  private static JsonNode list(GraphApi api, String path, String item) {
    return api.calls()
        .find(api.url(path), item)
        .map(reply -> reply.path("value"))
        .orElseGet(WireJson.MAPPER::createArrayNode);
  }

  /**
   * POSTs {@code assignment} to {@code path} unless the list at {@code listed} already has an item
   * with all its fields, and verifies it is listed afterwards.
   */
  private static RevocationResult assign(
      GraphApi api, String item, String listed, String path, ObjectNode assignment) {
    return VerifiedChange.ensure(
        () -> Observed.of(isListed(api, listed, item, assignment), "GET " + path, "assigned"),
        () -> {
          api.calls().post(api.url(path), assignment, item);
          return "POST " + path + " accepted";
        },
        RevocationOutcome.UNDONE);
  }

  private static boolean isListed(GraphApi api, String listed, String item, ObjectNode assignment) {
    for (JsonNode entry : list(api, listed, item)) {
      boolean same = true;
      for (Iterator<Map.Entry<String, JsonNode>> f = assignment.fields(); f.hasNext(); ) {
        Map.Entry<String, JsonNode> field = f.next();
        same &= entry.path(field.getKey()).asText().equals(field.getValue().asText());
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  private static SourceException cannot(GraphApi api, String path, String item, String problem) {
    return new SourceException(api.calls().source(), api.url(path).toString(), item, problem);
  }

  /** The app role {@code role} (value, name or id) of the API with app id {@code apiKey}. */
  record AppRole(GraphPrincipal principal, String apiKey, String role)
      implements AssignmentRestore {
    @Override
    public String describe() {
      return "assign the app role " + role + " again (a new assignment)";
    }

    @Override
    public RevocationResult restore(GraphApi api, String item) {
      // The API is named by its app id, or by its object id when the sync did not see it.
      String byAppId = "/servicePrincipals(appId='" + apiKey + "')?$select=id,appRoles";
      JsonNode resource =
          api.calls()
              .find(api.url(byAppId), item)
              .or(
                  () ->
                      api.calls()
                          .find(
                              api.url("/servicePrincipals/" + apiKey + "?$select=id,appRoles"),
                              item))
              .orElseThrow(
                  () ->
                      cannot(
                          api, byAppId, item, "the API " + apiKey + " is no longer in the tenant"));
      String resourceId = resource.path("id").asText();
      String appRoleId =
          roleId(resource.path("appRoles"))
              .orElseThrow(
                  () -> cannot(api, byAppId, item, "the API no longer has an app role " + role));
      String assignments = principal.path("/appRoleAssignments");
      ObjectNode assignment = WireJson.MAPPER.createObjectNode();
      assignment.put("principalId", principal.objectId());
      assignment.put("resourceId", resourceId);
      assignment.put("appRoleId", appRoleId);
      return assign(api, item, assignments, assignments, assignment);
    }

    private Optional<String> roleId(JsonNode appRoles) {
      if (role.equals(AccessMapper.DEFAULT_ACCESS_NAME)) {
        return Optional.of(AccessMapper.DEFAULT_ACCESS);
      }
      for (JsonNode appRole : appRoles) {
        String id = appRole.path("id").asText();
        if (role.equals(appRole.path("value").asText())
            || role.equals(appRole.path("displayName").asText())
            || role.equals(id)) {
          return Optional.of(id);
        }
      }
      return Optional.empty();
    }
  }

  /** The directory role named {@code role} (display name or id) at {@code scope}. */
  record DirectoryRole(GraphPrincipal principal, String role, String scope)
      implements AssignmentRestore {
    private static final String DEFINITIONS = "/roleManagement/directory/roleDefinitions";
    private static final String ASSIGNMENTS = "/roleManagement/directory/roleAssignments";

    @Override
    public String describe() {
      return "assign the directory role " + role + " again (a new assignment)";
    }

    @Override
    public RevocationResult restore(GraphApi api, String item) {
      String definitionId = definitionId(api, item);
      ObjectNode assignment = WireJson.MAPPER.createObjectNode();
      assignment.put("principalId", principal.objectId());
      assignment.put("roleDefinitionId", definitionId);
      assignment.put("directoryScopeId", scope);
      String listed = ASSIGNMENTS + "?$filter=principalId eq '" + principal.objectId() + "'";
      return assign(api, item, listed, ASSIGNMENTS, assignment);
    }

    /** The role's id: the cache keeps its display name, or its id when the sync had no name. */
    private String definitionId(GraphApi api, String item) {
      String query = DEFINITIONS + "?$filter=displayName eq '" + role.replace("'", "''") + "'";
      for (JsonNode definition : list(api, query, item)) {
        if (role.equals(definition.path("displayName").asText())
            || role.equals(definition.path("id").asText())) {
          return definition.path("id").asText();
        }
      }
      return api.calls()
          .find(api.url(DEFINITIONS + "/" + role), item)
          .map(definition -> definition.path("id").asText())
          .orElseThrow(() -> cannot(api, query, item, "the tenant has no directory role " + role));
    }
  }
}
