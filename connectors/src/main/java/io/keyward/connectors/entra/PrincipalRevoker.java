package io.keyward.connectors.entra;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.revoke.Preflight;
import io.keyward.connectors.revoke.RevocationResult;
import io.keyward.connectors.revoke.RevocationTarget;
import io.keyward.connectors.revoke.RevocationTarget.OfIdentity;
import io.keyward.connectors.revoke.Revoker;
import io.keyward.connectors.revoke.VerifiedChange;
import io.keyward.connectors.revoke.VerifiedChange.Observed;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Users and service principals (agent identities included): disable ({@code accountEnabled} false,
 * undone with true), and end a user's sign-in sessions ({@code revokeSignInSessions}). Microsoft's
 * own service principals are not offered: disabling one breaks the tenant.
 */
final class PrincipalRevoker implements Revoker {
  static final String ISSUED_TOKENS =
      "access tokens already issued stay valid until they expire (commonly 60 to 90 minutes);"
          + " Graph has no way to revoke them";

  private final BiFunction<SourceProfile, ConnectEnvironment, GraphApi> apis;

  PrincipalRevoker(BiFunction<SourceProfile, ConnectEnvironment, GraphApi> apis) {
    this.apis = apis;
  }

  @Override
  public List<RevocationAction> actions(RevocationTarget target) {
    Optional<GraphPrincipal> principal = principal(target);
    if (principal.filter(GraphPrincipal::isUser).isPresent()) {
      return List.of(RevocationAction.DISABLE_IDENTITY, RevocationAction.REVOKE_SESSIONS);
    }
    // Microsoft's own principals run the tenant; a managed identity belongs to its Azure resource.
    boolean notOurs =
        target instanceof OfIdentity i
            && ("Microsoft".equals(i.identity().tags().get("publisher"))
                || "ManagedIdentity".equals(i.identity().tags().get("servicePrincipalType")));
    return principal.filter(GraphPrincipal::isServicePrincipal).isPresent() && !notOurs
        ? List.of(RevocationAction.DISABLE_IDENTITY)
        : List.of();
  }

  private static Optional<GraphPrincipal> principal(RevocationTarget target) {
    return target instanceof OfIdentity i ? GraphPrincipal.of(i.identity()) : Optional.empty();
  }

  @Override
  public Preflight preflight(RevocationAction action, RevocationTarget target) {
    Revoker.requireOffered(this, action, target);
    GraphPrincipal principal = principal(target).orElseThrow();
    String name = ((OfIdentity) target).identity().name();
    if (action == RevocationAction.REVOKE_SESSIONS) {
      return new Preflight(
          action,
          target,
          List.of(
              "invalidates every refresh token and session cookie of "
                  + name
                  + " (revokeSignInSessions): apps must sign the user in again"),
          List.of(
              ISSUED_TOKENS,
              "the user can sign in again at once: disable the identity to stop that",
              "Entra can take a few minutes to apply it, and it does not apply to guest users"),
          null);
    }
    return new Preflight(
        action,
        target,
        List.of(
            principal.isUser()
                ? "disables the user " + name + " (accountEnabled false): no new sign-ins"
                : "disables the service principal "
                    + name
                    + " (accountEnabled false): no new tokens for it, and no one signs in to it"),
        List.of(
            ISSUED_TOKENS,
            principal.isUser()
                ? "refresh tokens stay until revoke-sessions ends them"
                : "its credentials, app roles and consents stay: enabling it brings them back"),
        "enable it again (accountEnabled true)");
  }

  @Override
  public RevocationResult revoke(
      Preflight preflight, SourceProfile profile, ConnectEnvironment environment) {
    GraphApi api = apis.apply(profile, environment);
    GraphPrincipal principal = principal(preflight.target()).orElseThrow();
    return preflight.action() == RevocationAction.REVOKE_SESSIONS
        ? endSessions(api, principal, preflight.target().describe())
        : setEnabled(api, principal, preflight.target().describe(), false);
  }

  @Override
  public RevocationResult undo(
      Preflight preflight,
      @Nullable String saved,
      SourceProfile profile,
      ConnectEnvironment environment) {
    Revoker.requireUndoable(preflight);
    return setEnabled(
        apis.apply(profile, environment),
        principal(preflight.target()).orElseThrow(),
        preflight.target().describe(),
        true);
  }

  private static RevocationResult setEnabled(
      GraphApi api, GraphPrincipal principal, String item, boolean enabled) {
    return VerifiedChange.ensure(
        () -> {
          JsonNode read =
              api.calls()
                  .find(api.url(principal.path("?$select=accountEnabled")), item)
                  .orElseThrow(
                      () -> new IllegalArgumentException(item + " no longer exists in the tenant"));
          return Observed.of(
              read.path("accountEnabled").asBoolean(true) == enabled,
              "GET " + principal.path(""),
              "accountEnabled " + enabled);
        },
        () ->
            "HTTP "
                + api.calls()
                    .send(
                        "PATCH",
                        api.url(principal.path("")),
                        WireJson.MAPPER.createObjectNode().put("accountEnabled", enabled),
                        item)
                    .status(),
        enabled ? RevocationOutcome.UNDONE : RevocationOutcome.DONE);
  }

  /**
   * Always sends: new sessions may have begun since any earlier run. Verified by {@code
   * signInSessionsValidFromDateTime} moving forward.
   */
  private static RevocationResult endSessions(GraphApi api, GraphPrincipal user, String item) {
    Optional<Instant> before = validFrom(api, user, item);
    return VerifiedChange.always(
        () -> {
          JsonNode reply =
              api.calls().post(api.url(user.path("/revokeSignInSessions")), null, item);
          return "revokeSignInSessions answered value=" + reply.path("value").asText("?");
        },
        () -> {
          Optional<Instant> after = validFrom(api, user, item);
          boolean moved =
              after.isPresent() && (before.isEmpty() || after.get().isAfter(before.get()));
          return new Observed(
              moved,
              "GET "
                  + user.path("")
                  + ": signInSessionsValidFromDateTime "
                  + after.map(Instant::toString).orElse("absent")
                  + (moved ? "" : " (not moved yet; Entra can lag a few minutes, check again)"));
        },
        RevocationOutcome.DONE);
  }

  private static Optional<Instant> validFrom(GraphApi api, GraphPrincipal user, String item) {
    return api.calls()
        .find(api.url(user.path("?$select=signInSessionsValidFromDateTime")), item)
        .map(u -> u.path("signInSessionsValidFromDateTime"))
        .filter(JsonNode::isTextual)
        .map(v -> Instant.parse(v.asText()));
  }
}
