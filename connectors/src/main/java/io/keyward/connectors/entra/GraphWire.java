package io.keyward.connectors.entra;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Microsoft Graph v1.0 shapes, only the fields Keyward reads. Credentials are metadata: Graph
 * returns {@code secretText} and {@code key} as null on read and no record here has a field for
 * them.
 */
final class GraphWire {
  private GraphWire() {}

  static final String AGENT_IDENTITY = "#microsoft.graph.agentIdentity";
  static final String AGENT_BLUEPRINT_PRINCIPAL =
      "#microsoft.graph.agentIdentityBlueprintPrincipal";
  static final String AGENT_BLUEPRINT = "#microsoft.graph.agentIdentityBlueprint";

  /** One page of a collection: {@code {"value":[...],"@odata.nextLink":"..."}}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Page(
      @Nullable List<JsonNode> value, @JsonProperty("@odata.nextLink") @Nullable String nextLink) {}

  /** Graph's error body: {@code {"error":{"code":"...","message":"..."}}}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ErrorBody(@Nullable ErrorDetail error) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ErrorDetail(@Nullable String code, @Nullable String message) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Organization(@JsonProperty(required = true) String id, @Nullable String displayName) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record User(
      @JsonProperty(required = true) String id,
      @Nullable String displayName,
      @Nullable String userPrincipalName,
      @Nullable String mail,
      @Nullable Boolean accountEnabled,
      @Nullable String userType,
      @Nullable String createdDateTime) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Group(
      @JsonProperty(required = true) String id,
      @Nullable String displayName,
      @Nullable Boolean securityEnabled,
      @Nullable Boolean mailEnabled,
      @Nullable List<String> groupTypes,
      @Nullable String createdDateTime) {

    boolean unified() {
      return groupTypes != null && groupTypes.contains("Unified");
    }
  }

  /** A member, owner or sponsor: a directoryObject known by its type and id. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record DirectoryObject(
      @JsonProperty("@odata.type") @Nullable String type,
      @JsonProperty(required = true) String id) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record PasswordCredential(
      @JsonProperty(required = true) String keyId,
      @Nullable String displayName,
      @Nullable String hint,
      @Nullable String startDateTime,
      @Nullable String endDateTime) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record KeyCredential(
      @JsonProperty(required = true) String keyId,
      @Nullable String displayName,
      @Nullable String type,
      @Nullable String usage,
      @Nullable String customKeyIdentifier,
      @Nullable String startDateTime,
      @Nullable String endDateTime) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record AppRole(
      @JsonProperty(required = true) String id,
      @Nullable String value,
      @Nullable String displayName) {}

  /**
   * A service principal, or one of its subtypes (agent identity, blueprint principal) as {@code
   * @odata.type} says.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ServicePrincipal(
      @JsonProperty("@odata.type") @Nullable String type,
      @JsonProperty(required = true) String id,
      @Nullable String appId,
      @Nullable String displayName,
      @Nullable String servicePrincipalType,
      @Nullable Boolean accountEnabled,
      @Nullable String appOwnerOrganizationId,
      @Nullable String agentIdentityBlueprintId,
      @Nullable String createdDateTime,
      @Nullable List<String> tags,
      @Nullable List<PasswordCredential> passwordCredentials,
      @Nullable List<KeyCredential> keyCredentials,
      @Nullable List<AppRole> appRoles) {

    boolean isAgentIdentity() {
      return AGENT_IDENTITY.equals(type);
    }

    String name() {
      return Objects.requireNonNullElse(displayName, Objects.requireNonNullElse(appId, id));
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Application(
      @JsonProperty("@odata.type") @Nullable String type,
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String appId,
      @Nullable String displayName,
      @Nullable String createdDateTime,
      @Nullable List<PasswordCredential> passwordCredentials,
      @Nullable List<KeyCredential> keyCredentials,
      @Nullable List<DirectoryObject> owners) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record PermissionGrant(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String clientId,
      @Nullable String consentType,
      @Nullable String principalId,
      @JsonProperty(required = true) String resourceId,
      @Nullable String scope) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record AppRoleAssignment(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String appRoleId,
      @JsonProperty(required = true) String principalId,
      @JsonProperty(required = true) String resourceId) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record RoleDefinition(
      @JsonProperty(required = true) String id,
      @Nullable String displayName,
      @Nullable Boolean isPrivileged) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record RoleAssignment(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String roleDefinitionId,
      @JsonProperty(required = true) String principalId,
      @Nullable String directoryScopeId) {}

  /**
   * One entry of {@code /auditLogs/signIns} (users, v1.0) or of the beta list filtered to service
   * principal sign-ins, where {@code servicePrincipalId} names the signed-in principal.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record SignIn(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String createdDateTime,
      @Nullable String userId,
      @Nullable String appId,
      @Nullable String appDisplayName,
      @Nullable String servicePrincipalId,
      @Nullable String resourceDisplayName,
      @Nullable String ipAddress,
      @Nullable SignInStatus status,
      @Nullable SignInLocation location) {

    boolean failed() {
      return status != null && status.errorCode() != null && status.errorCode() != 0;
    }
  }

  /** {@code errorCode} 0 is a success; anything else names why Entra refused. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record SignInStatus(@Nullable Integer errorCode, @Nullable String failureReason) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record SignInLocation(@Nullable String countryOrRegion) {}

  /** One entry of {@code /auditLogs/directoryAudits}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record DirectoryAudit(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String activityDateTime,
      @JsonProperty(required = true) String activityDisplayName,
      @Nullable String result,
      @Nullable AuditInitiator initiatedBy,
      @Nullable List<AuditTarget> targetResources) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record AuditInitiator(@Nullable AuditUser user, @Nullable AuditApp app) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record AuditUser(@Nullable String id, @Nullable String ipAddress) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record AuditApp(@Nullable String servicePrincipalId) {}

  /** What an audit entry changed: {@code type} Application, ServicePrincipal, User... */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record AuditTarget(@Nullable String id, @Nullable String displayName, @Nullable String type) {}
}
