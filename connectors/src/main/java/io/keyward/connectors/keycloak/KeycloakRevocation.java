package io.keyward.connectors.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.connectors.http.HttpReply;
import io.keyward.connectors.keycloak.KeycloakRevoker.PrincipalPath;
import io.keyward.connectors.revoke.Preflight;
import io.keyward.connectors.revoke.RevocationResult;
import io.keyward.connectors.revoke.RevocationTarget.OfCredential;
import io.keyward.connectors.revoke.RevocationTarget.OfDelegation;
import io.keyward.connectors.revoke.RevocationTarget.OfGrant;
import io.keyward.connectors.revoke.RevocationTarget.OfIdentity;
import io.keyward.connectors.revoke.VerifiedChange;
import io.keyward.connectors.revoke.VerifiedChange.Observed;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.RevocationOutcome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * One revocation (or its undo) on a realm: read the state, act only when needed, re-read to verify.
 */
final class KeycloakRevocation {
  private final KeycloakClient client;
  private final Preflight preflight;
  private final String item;

  KeycloakRevocation(KeycloakClient client, Preflight preflight) {
    this.client = client;
    this.preflight = preflight;
    this.item = preflight.target().id();
  }

  RevocationResult revoke() {
    return switch (preflight.action()) {
      case DISABLE_IDENTITY -> setEnabled(false);
      case REVOKE_SESSIONS ->
          preflight.target() instanceof OfCredential c
              ? endSession(c)
              : endSessions(((OfIdentity) preflight.target()).identity());
      case ROTATE_SECRET -> rotateSecret(KeycloakRevoker.clientOf(preflight.target()));
      case REMOVE_GRANT -> roleMapping((OfGrant) preflight.target(), false);
      case REMOVE_DELEGATION -> membership((OfDelegation) preflight.target(), false);
      default ->
          throw new IllegalArgumentException(preflight.action().cliName() + " is not offered");
    };
  }

  RevocationResult undo() {
    return switch (preflight.action()) {
      case DISABLE_IDENTITY -> setEnabled(true);
      case REMOVE_GRANT -> roleMapping((OfGrant) preflight.target(), true);
      case REMOVE_DELEGATION -> membership((OfDelegation) preflight.target(), true);
      default ->
          throw new IllegalArgumentException(preflight.action().cliName() + " cannot be undone");
    };
  }

  private RevocationResult setEnabled(boolean enabled) {
    Identity identity = ((OfIdentity) preflight.target()).identity();
    String[] path = {PrincipalPath.of(identity).collection, identity.externalId()};
    String state = "enabled=" + enabled;
    return ensure(
        () -> client.tree(item, path).path("enabled").asBoolean(true) == enabled,
        () -> {
          // Read-modify-write: the full representation, so nothing else changes.
          ObjectNode representation = (ObjectNode) client.tree(item, path);
          representation.put("enabled", enabled);
          return client.send("PUT", representation, item, path);
        },
        state,
        enabled ? RevocationOutcome.UNDONE : RevocationOutcome.DONE);
  }

  private RevocationResult endSessions(Identity user) {
    String[] sessions = {"users", user.externalId(), "sessions"};
    return ensure(
        () -> client.tree(item, sessions).isEmpty(),
        () -> client.send("POST", null, item, "users", user.externalId(), "logout"),
        "no sessions",
        RevocationOutcome.DONE);
  }

  private RevocationResult endSession(OfCredential session) {
    String id = session.credential().externalId();
    String[] sessions = {"users", session.holder().externalId(), "sessions"};
    return ensure(
        () -> ids(client.tree(item, sessions)).stream().noneMatch(id::equals),
        () -> client.send("DELETE", null, item, "sessions", id),
        "session " + id + " gone",
        RevocationOutcome.DONE);
  }

  /**
   * Regenerates the secret. Verified by comparing digests of the old and new secret in memory:
   * neither secret is kept, logged or returned.
   */
  private RevocationResult rotateSecret(Identity clientIdentity) {
    String[] secretPath = {"clients", clientIdentity.externalId(), "client-secret"};
    String before = digest(client.tree(item, secretPath).path("value").asText(""));
    HttpReply reply = client.send("POST", null, item, secretPath);
    boolean changed =
        !digest(client.tree(item, secretPath).path("value").asText("")).equals(before);
    return new RevocationResult(
        changed ? RevocationOutcome.DONE : RevocationOutcome.FAILED,
        "HTTP " + reply.status() + " (new secret not shown)",
        changed ? "the client secret differs from the one before" : "the secret did not change");
  }

  private RevocationResult roleMapping(OfGrant grant, boolean restore) {
    String[] holder = holderPath(grant.principal());
    RoleAddress role = RoleAddress.of(grant, client, item);
    String[] mappings = concat(holder, role.mappingPath());
    return ensure(
        () -> names(client.tree(item, mappings)).contains(role.name()) == restore,
        () ->
            client.send(
                restore ? "POST" : "DELETE",
                List.of(client.tree(item, role.rolePath())),
                item,
                mappings),
        restore ? "role " + role.name() + " mapped" : "role " + role.name() + " not mapped",
        restore ? RevocationOutcome.UNDONE : RevocationOutcome.DONE);
  }

  private RevocationResult membership(OfDelegation delegation, boolean restore) {
    String user = delegation.from().externalId();
    String groupId = groupId(java.util.Objects.requireNonNull(delegation.to()).externalId());
    return ensure(
        () -> ids(client.tree(item, "users", user, "groups")).contains(groupId) == restore,
        () ->
            client.send(
                restore ? "PUT" : "DELETE",
                restore ? java.util.Map.of() : null,
                item,
                "users",
                user,
                "groups",
                groupId),
        restore ? "member of the group" : "not a member of the group",
        restore ? RevocationOutcome.UNDONE : RevocationOutcome.DONE);
  }

  /** Acts only when {@code reached} is false, then re-reads to verify. */
  private static RevocationResult ensure(
      BooleanSupplier reached,
      java.util.function.Supplier<HttpReply> act,
      String state,
      RevocationOutcome success) {
    return VerifiedChange.ensure(
        () -> Observed.of(reached.getAsBoolean(), "re-read", state),
        () -> "HTTP " + act.get().status(),
        success);
  }

  private String[] holderPath(Identity principal) {
    PrincipalPath path = PrincipalPath.of(principal);
    return path == PrincipalPath.GROUP
        ? new String[] {"groups", groupId(principal.externalId())}
        : new String[] {path.collection, principal.externalId()};
  }

  private String groupId(String groupPath) {
    String[] path =
        concat(
            new String[] {"group-by-path"},
            Arrays.stream(groupPath.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new));
    return client.tree(item, path).path("id").asText();
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.path("id").asText()));
    return ids;
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(n -> names.add(n.path("name").asText()));
    return names;
  }

  static String[] concat(String[] a, String[] b) {
    String[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static String digest(String secret) {
    try {
      return Arrays.toString(
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * Where a granted role lives: a realm role, or a role of a client (an API's client, or
   * realm-management), told apart by the grant's resource as {@link RealmIds} made it.
   */
  record RoleAddress(@Nullable String clientUuid, String name) {
    static RoleAddress of(OfGrant grant, KeycloakClient client, String item) {
      String permission = grant.grant().permission();
      String apiPrefix = grant.grant().sourceId() + ":api/";
      String clientId = null;
      if (grant.grant().resource().startsWith(apiPrefix)) {
        clientId = grant.grant().resource().substring(apiPrefix.length());
      } else if (permission.startsWith(RoleRef.REALM_MANAGEMENT + ":")) {
        clientId = RoleRef.REALM_MANAGEMENT;
      }
      if (clientId == null) {
        return new RoleAddress(null, permission);
      }
      return new RoleAddress(
          client.clientUuid(clientId, item), permission.substring(clientId.length() + 1));
    }

    String[] mappingPath() {
      return clientUuid == null
          ? new String[] {"role-mappings", "realm"}
          : new String[] {"role-mappings", "clients", clientUuid};
    }

    String[] rolePath() {
      return clientUuid == null
          ? new String[] {"roles", name}
          : new String[] {"clients", clientUuid, "roles", name};
    }
  }
}
