package io.keyward.connectors.entra;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.revoke.Preflight;
import io.keyward.connectors.revoke.RevocationResult;
import io.keyward.connectors.revoke.RevocationTarget;
import io.keyward.connectors.revoke.RevocationTarget.OfDelegation;
import io.keyward.connectors.revoke.RevocationTarget.OfGrant;
import io.keyward.connectors.revoke.Revoker;
import io.keyward.connectors.revoke.VerifiedChange;
import io.keyward.connectors.revoke.VerifiedChange.Observed;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Deletes what Graph keeps as one item: an app role assignment ({@code DELETE
 * /{principals}/{id}/appRoleAssignments/{assignment}}), a directory role assignment, or a delegated
 * consent ({@code DELETE /oauth2PermissionGrants/{id}}). A 404 when reading it back means gone.
 * Role assignments are undone by assigning the role again ({@link AssignmentRestore}); a consent is
 * not: its client would have to consent again.
 */
final class AssignmentRevoker implements Revoker {
  private final BiFunction<SourceProfile, ConnectEnvironment, GraphApi> apis;

  AssignmentRevoker(BiFunction<SourceProfile, ConnectEnvironment, GraphApi> apis) {
    this.apis = apis;
  }

  /** A direct grant's id after {@code SOURCE:grant/}; empty for any other target. */
  private static String local(RevocationTarget target) {
    if (target instanceof OfGrant g && g.grant().origin() == GrantOrigin.DIRECT) {
      String prefix = g.grant().sourceId() + ":grant/";
      return g.grant().id().startsWith(prefix) ? g.grant().id().substring(prefix.length()) : "";
    }
    return "";
  }

  /** How a deleted role assignment is made again; empty for what cannot be. */
  private static Optional<AssignmentRestore> restore(RevocationTarget target) {
    return target instanceof OfGrant g
        ? GraphPrincipal.of(g.principal())
            .flatMap(p -> AssignmentRestore.of(g.grant(), p, local(target)))
        : Optional.empty();
  }

  /** The Graph path of the item a target stands for; empty when it is not one. */
  private static Optional<String> path(RevocationTarget target) {
    if (target instanceof OfGrant g && g.grant().origin() == GrantOrigin.DIRECT) {
      String local = local(target);
      if (local.startsWith("approle/")) {
        String assignment = local.substring("approle/".length());
        return GraphPrincipal.of(g.principal())
            .map(p -> p.path("/appRoleAssignments/" + assignment));
      }
      if (local.startsWith("role/")) {
        return Optional.of(
            "/roleManagement/directory/roleAssignments/" + local.substring("role/".length()));
      }
    }
    if (target instanceof OfDelegation d) {
      String prefix = d.delegation().sourceId() + ":consent/";
      if (d.delegation().id().startsWith(prefix)) {
        return Optional.of(
            "/oauth2PermissionGrants/" + d.delegation().id().substring(prefix.length()));
      }
    }
    return Optional.empty();
  }

  @Override
  public List<RevocationAction> actions(RevocationTarget target) {
    if (path(target).isEmpty()) {
      return List.of();
    }
    return List.of(
        target instanceof OfGrant
            ? RevocationAction.REMOVE_GRANT
            : RevocationAction.REMOVE_DELEGATION);
  }

  @Override
  public Preflight preflight(RevocationAction action, RevocationTarget target) {
    Revoker.requireOffered(this, action, target);
    if (target instanceof OfDelegation d) {
      return new Preflight(
          action,
          target,
          List.of(
              "deletes the delegated permission grant "
                  + path(target).orElseThrow()
                  + ": "
                  + (d.to() == null ? d.delegation().toId() : d.to().name())
                  + " may no longer act for "
                  + d.from().name()
                  + " with "
                  + String.join(" ", d.delegation().scope())),
          List.of(
              "access tokens already issued keep these scopes until they expire (commonly 60 to"
                  + " 90 minutes)",
              "a user or admin can consent again"),
          null);
    }
    OfGrant g = (OfGrant) target;
    boolean directoryRole = path(target).orElseThrow().startsWith("/roleManagement/");
    return new Preflight(
        action,
        target,
        List.of(
            (directoryRole ? "removes the directory role " : "removes the app role ")
                + g.grant().permission()
                + (directoryRole
                    ? ""
                    : " on " + g.grant().resource().replace(g.grant().sourceId() + ":", ""))
                + " from "
                + g.principal().name()
                + (GraphPrincipal.of(g.principal())
                        .filter(p -> p.collection().equals("groups"))
                        .isPresent()
                    ? " (every member loses it unless held another way)"
                    : "")),
        List.of(
            "access tokens already issued still carry the role until they expire (commonly 60 to"
                + " 90 minutes)",
            "the role stays where it arrives another way (a group, another assignment)"),
        restore(target).map(AssignmentRestore::describe).orElse(null));
  }

  @Override
  public RevocationResult revoke(
      Preflight preflight, SourceProfile profile, ConnectEnvironment environment) {
    GraphApi api = apis.apply(profile, environment);
    String path = path(preflight.target()).orElseThrow();
    String item = preflight.target().describe();
    return VerifiedChange.ensure(
        () ->
            Observed.of(
                api.calls().find(api.url(path), item).isEmpty(), "GET " + path, "gone (404)"),
        () -> "HTTP " + api.calls().send("DELETE", api.url(path), null, item).status(),
        RevocationOutcome.DONE);
  }

  @Override
  public RevocationResult undo(
      Preflight preflight,
      @Nullable String saved,
      SourceProfile profile,
      ConnectEnvironment environment) {
    Revoker.requireUndoable(preflight);
    return restore(preflight.target())
        .orElseThrow()
        .restore(apis.apply(profile, environment), preflight.target().describe());
  }
}
