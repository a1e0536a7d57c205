package io.keyward.connectors.keycloak;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.keyward.connectors.SourceProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Keycloak's JSON representations, as the Admin REST API and realm exports spell them, with only
 * the fields Keyward reads. Secret-bearing fields ({@code secret} on clients, {@code credentials}
 * on users) are deliberately absent: Jackson drops them unread.
 */
final class KeycloakWire {
  private KeycloakWire() {}

  /** A user; in exports it also lists its direct roles and group paths. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record User(
      String id,
      String username,
      @Nullable String email,
      @Nullable Boolean enabled,
      @Nullable Long createdTimestamp,
      @Nullable String federationLink,
      @Nullable String serviceAccountClientId,
      @Nullable Map<String, List<String>> attributes,
      @Nullable List<String> realmRoles,
      @Nullable Map<String, List<String>> clientRoles,
      @Nullable List<String> groups) {

    /** The first value of attribute {@code key}, if set. */
    @Nullable String attribute(String key) {
      return first(attributes, key);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Client(
      String id,
      String clientId,
      @Nullable String name,
      @Nullable Boolean enabled,
      @Nullable Boolean publicClient,
      @Nullable Boolean bearerOnly,
      @Nullable Boolean serviceAccountsEnabled,
      @Nullable Boolean standardFlowEnabled,
      @Nullable Boolean directAccessGrantsEnabled,
      @Nullable String clientAuthenticatorType,
      @Nullable Boolean fullScopeAllowed,
      @Nullable Map<String, String> attributes,
      @Nullable List<String> defaultClientScopes,
      @Nullable List<String> optionalClientScopes) {

    Client {
      attributes = withoutSecrets(attributes);
    }

    @Nullable String attribute(String key) {
      return attributes == null ? null : attributes.get(key);
    }

    boolean isEnabled() {
      return !Boolean.FALSE.equals(enabled);
    }

    boolean isPublic() {
      return Boolean.TRUE.equals(publicClient);
    }

    boolean isBearerOnly() {
      return Boolean.TRUE.equals(bearerOnly);
    }

    boolean hasServiceAccount() {
      return Boolean.TRUE.equals(serviceAccountsEnabled);
    }
  }

  /**
   * A role. In exports {@code composites} names its parts; over the API they come from {@code
   * /roles-by-id/{id}/composites}.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Role(
      @Nullable String id,
      String name,
      @Nullable Boolean composite,
      @Nullable Boolean clientRole,
      @Nullable String containerId,
      @Nullable Composites composites) {

    boolean isComposite() {
      return Boolean.TRUE.equals(composite) || composites != null;
    }
  }

  /** An export's composite parts: realm role names and client role names by clientId. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Composites(@Nullable List<String> realm, @Nullable Map<String, List<String>> client) {}

  /** An export's roles: realm roles and client roles by clientId. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Roles(@Nullable List<Role> realm, @Nullable Map<String, List<Role>> client) {}

  /** {@code GET /users/{id}/role-mappings}: direct realm roles and client roles by clientId. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record RoleMappings(
      @Nullable List<Role> realmMappings, @Nullable Map<String, ClientMappings> clientMappings) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ClientMappings(@Nullable String id, String client, @Nullable List<Role> mappings) {}

  /** A group; exports nest {@code subGroups} and list the group's direct roles by name. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Group(
      @Nullable String id,
      String name,
      @Nullable String path,
      @Nullable Long subGroupCount,
      @Nullable List<Group> subGroups,
      @Nullable List<String> realmRoles,
      @Nullable Map<String, List<String>> clientRoles) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ClientScope(@Nullable String id, String name) {}

  /** A user session; {@code start} and {@code lastAccess} are epoch milliseconds. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Session(
      String id,
      @Nullable String userId,
      @Nullable String ipAddress,
      @Nullable Long start,
      @Nullable Long lastAccess,
      @Nullable Boolean rememberMe,
      @Nullable Map<String, String> clients) {}

  /** A login event; {@code time} is epoch milliseconds. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Event(
      @Nullable String id,
      long time,
      String type,
      @Nullable String clientId,
      @Nullable String userId,
      @Nullable String sessionId,
      @Nullable String ipAddress,
      @Nullable String error) {}

  /** An admin event; {@code time} is epoch milliseconds. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record AdminEvent(
      @Nullable String id,
      long time,
      @Nullable AuthDetails authDetails,
      String operationType,
      @Nullable String resourceType,
      @Nullable String resourcePath,
      @Nullable String error) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record AuthDetails(
      @Nullable String clientId, @Nullable String userId, @Nullable String ipAddress) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record EventsConfig(@Nullable Boolean eventsEnabled, @Nullable Boolean adminEventsEnabled) {}

  /**
   * {@code GET /admin/realms/{realm}} or a realm export. Session lifetimes are in seconds; the
   * lists are filled in exports only.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Realm(
      String realm,
      @Nullable Long ssoSessionIdleTimeout,
      @Nullable Long ssoSessionMaxLifespan,
      @Nullable Long ssoSessionIdleTimeoutRememberMe,
      @Nullable Long ssoSessionMaxLifespanRememberMe,
      @Nullable List<User> users,
      @Nullable List<Client> clients,
      @Nullable Roles roles,
      @Nullable List<Group> groups) {

    RealmSnapshot.SessionLimits sessionLimits() {
      return new RealmSnapshot.SessionLimits(
          ssoSessionIdleTimeout,
          ssoSessionMaxLifespan,
          ssoSessionIdleTimeoutRememberMe,
          ssoSessionMaxLifespanRememberMe);
    }
  }

  /** The error bodies Keycloak sends, whichever of its three spellings a resource uses. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Problem(
      @Nullable String error,
      @Nullable String errorMessage,
      @JsonProperty("error_description") @Nullable String errorDescription) {}

  /**
   * Client attributes minus any that hold a secret: with a rotation policy Keycloak keeps the
   * previous secret itself in {@code client.secret.rotated}. Only the {@code *.time} ones stay.
   */
  private static @Nullable Map<String, String> withoutSecrets(
      @Nullable Map<String, String> attributes) {
    if (attributes == null) {
      return null;
    }
    Map<String, String> kept = new HashMap<>();
    attributes.forEach(
        (key, value) -> {
          if (value != null && (!SourceProfile.looksSecret(key) || key.endsWith(".time"))) {
            kept.put(key, value);
          }
        });
    return Map.copyOf(kept);
  }

  static @Nullable String first(@Nullable Map<String, List<String>> attributes, String key) {
    if (attributes == null) {
      return null;
    }
    List<String> values = attributes.get(key);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
