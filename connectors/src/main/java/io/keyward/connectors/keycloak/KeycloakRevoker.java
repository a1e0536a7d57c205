package io.keyward.connectors.keycloak;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.revoke.Preflight;
import io.keyward.connectors.revoke.RevocationResult;
import io.keyward.connectors.revoke.RevocationTarget;
import io.keyward.connectors.revoke.RevocationTarget.OfCredential;
import io.keyward.connectors.revoke.RevocationTarget.OfDelegation;
import io.keyward.connectors.revoke.RevocationTarget.OfGrant;
import io.keyward.connectors.revoke.RevocationTarget.OfIdentity;
import io.keyward.connectors.revoke.Revoker;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.RevocationAction;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Keycloak's revocations over the Admin REST API: disable a user or client, log a user's sessions
 * out (all, or one), regenerate a client secret, remove a direct role mapping, remove a group
 * membership. Needs an account with realm-management manage-users and manage-clients.
 */
final class KeycloakRevoker implements Revoker {
  static final String ISSUED_TOKENS =
      "access tokens already issued stay valid until they expire (the realm's access-token"
          + " lifespan, 5 minutes by default) for services that check them offline; token"
          + " introspection refuses them at once";

  @Override
  public List<RevocationAction> actions(RevocationTarget target) {
    if (target instanceof OfIdentity t) {
      return switch (PrincipalPath.of(t.identity())) {
        case USER -> List.of(RevocationAction.DISABLE_IDENTITY, RevocationAction.REVOKE_SESSIONS);
        case CLIENT -> List.of(RevocationAction.DISABLE_IDENTITY, RevocationAction.ROTATE_SECRET);
        case GROUP -> List.of();
      };
    }
    if (target instanceof OfCredential t) {
      return switch (t.credential().kind()) {
        case SESSION -> List.of(RevocationAction.REVOKE_SESSIONS);
        case CLIENT_SECRET -> List.of(RevocationAction.ROTATE_SECRET);
        default -> List.of();
      };
    }
    if (target instanceof OfGrant t) {
      return t.grant().origin() == GrantOrigin.DIRECT
              && PrincipalPath.of(t.principal()) != PrincipalPath.CLIENT
          ? List.of(RevocationAction.REMOVE_GRANT)
          : List.of();
    }
    OfDelegation t = (OfDelegation) target;
    return t.delegation().kind() == DelegationKind.GROUP_MEMBERSHIP && t.to() != null
        ? List.of(RevocationAction.REMOVE_DELEGATION)
        : List.of();
  }

  @Override
  public Preflight preflight(RevocationAction action, RevocationTarget target) {
    Revoker.requireOffered(this, action, target);
    return switch (action) {
      case DISABLE_IDENTITY -> disablePreflight((OfIdentity) target);
      case REVOKE_SESSIONS ->
          new Preflight(
              action,
              target,
              List.of(
                  target instanceof OfCredential c
                      ? "ends the session "
                          + c.credential().externalId()
                          + " of "
                          + c.holder().name()
                      : "ends every session of " + target.describe() + " (admin logout)"),
              List.of(
                  ISSUED_TOKENS,
                  "the user can sign in again at once: disable the identity to stop that"),
              null);
      case ROTATE_SECRET ->
          new Preflight(
              action,
              target,
              List.of(
                  "regenerates the client secret of "
                      + clientOf(target).name()
                      + "; every service using the old secret stops getting tokens"),
              List.of(
                  ISSUED_TOKENS,
                  "Keyward neither shows nor keeps the new secret: fetch it in the Keycloak console"),
              null);
      case REMOVE_GRANT -> {
        OfGrant g = (OfGrant) target;
        yield new Preflight(
            action,
            target,
            List.of(
                "removes the role mapping "
                    + g.grant().permission()
                    + " from "
                    + g.principal().name()
                    + (PrincipalPath.of(g.principal()) == PrincipalPath.GROUP
                        ? " (every member loses it unless held another way)"
                        : "")),
            List.of(
                ISSUED_TOKENS + "; they still carry the role",
                "the role stays where it arrives another way (a group, a composite)"),
            "map the role again (keyward keeps the role's name)");
      }
      case REMOVE_DELEGATION -> {
        OfDelegation d = (OfDelegation) target;
        yield new Preflight(
            action,
            target,
            List.of(
                "removes "
                    + d.from().name()
                    + " from the group "
                    + java.util.Objects.requireNonNull(d.to()).externalId()
                    + " and with it the group's roles"),
            List.of(ISSUED_TOKENS + "; they still carry the group's roles"),
            "add the user to the group again");
      }
      default -> throw Revoker.unsupported(action, target, actions(target));
    };
  }

  private static Preflight disablePreflight(OfIdentity target) {
    boolean client = PrincipalPath.of(target.identity()) == PrincipalPath.CLIENT;
    return new Preflight(
        RevocationAction.DISABLE_IDENTITY,
        target,
        List.of(
            client
                ? "disables the client "
                    + target.identity().name()
                    + ": no new tokens for it or its service account"
                : "disables the user " + target.identity().name() + ": no new sign-ins"),
        List.of(
            ISSUED_TOKENS,
            client
                ? "sessions of users who signed in through the client are not ended"
                : "open sessions are not ended: revoke-sessions does that"),
        "enable it again");
  }

  @Override
  public RevocationResult revoke(
      Preflight preflight, SourceProfile profile, ConnectEnvironment environment) {
    return new KeycloakRevocation(client(profile, environment), preflight).revoke();
  }

  @Override
  public RevocationResult undo(
      Preflight preflight,
      @Nullable String saved,
      SourceProfile profile,
      ConnectEnvironment environment) {
    Revoker.requireUndoable(preflight);
    return new KeycloakRevocation(client(profile, environment), preflight).undo();
  }

  private static KeycloakClient client(SourceProfile profile, ConnectEnvironment environment) {
    KeycloakSettings settings = KeycloakSettings.of(profile);
    KeycloakLogin login = settings.login(profile, environment);
    return KeycloakClient.open(
        profile.id(), settings, login, environment, KeycloakClient.PAGE_SIZE, new Cancellation());
  }

  static Identity clientOf(RevocationTarget target) {
    return target instanceof OfCredential c ? c.holder() : ((OfIdentity) target).identity();
  }

  /** Which Admin API collection an identity lives in, told by its cache id (see RealmIds). */
  enum PrincipalPath {
    USER("users"),
    CLIENT("clients"),
    GROUP("groups");

    final String collection;

    PrincipalPath(String collection) {
      this.collection = collection;
    }

    static PrincipalPath of(Identity identity) {
      String local = identity.id().substring(identity.sourceId().length() + 1);
      if (local.startsWith("client/")) {
        return CLIENT;
      }
      return local.startsWith("group/") ? GROUP : USER;
    }
  }

  static boolean isSession(RevocationTarget target) {
    return target instanceof OfCredential c && c.credential().kind() == CredentialKind.SESSION;
  }
}
