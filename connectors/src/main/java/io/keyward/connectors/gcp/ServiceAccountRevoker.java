package io.keyward.connectors.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.revoke.Preflight;
import io.keyward.connectors.revoke.RevocationResult;
import io.keyward.connectors.revoke.RevocationTarget;
import io.keyward.connectors.revoke.RevocationTarget.OfCredential;
import io.keyward.connectors.revoke.RevocationTarget.OfIdentity;
import io.keyward.connectors.revoke.Revoker;
import io.keyward.connectors.revoke.VerifiedChange;
import io.keyward.connectors.revoke.VerifiedChange.Observed;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Service accounts and their user-managed keys: disable a key ({@code keys/{id}:disable}, undone
 * with {@code :enable}) or delete it, disable an account ({@code :disable}, undone with {@code
 * :enable}). Verified by reading the key or account back: its {@code disabled} flag, or a 404 once
 * deleted.
 */
final class ServiceAccountRevoker implements Revoker {
  static final String MINTED_TOKENS =
      "access tokens already minted stay valid until they expire (up to 1 hour)";

  private final BiFunction<SourceProfile, ConnectEnvironment, GcpApi> apis;

  ServiceAccountRevoker(BiFunction<SourceProfile, ConnectEnvironment, GcpApi> apis) {
    this.apis = apis;
  }

  @Override
  public List<RevocationAction> actions(RevocationTarget target) {
    if (target instanceof OfCredential c
        && c.credential().kind() == CredentialKind.SERVICE_ACCOUNT_KEY
        && c.credential().externalId().contains("/keys/")) {
      return List.of(RevocationAction.DISABLE_CREDENTIAL, RevocationAction.DELETE_CREDENTIAL);
    }
    return account(target).isPresent() ? List.of(RevocationAction.DISABLE_IDENTITY) : List.of();
  }

  /** The email of a service account target ({@code SOURCE:sa/EMAIL}, see GcpMapper). */
  private static Optional<String> account(RevocationTarget target) {
    if (!(target instanceof OfIdentity i)) {
      return Optional.empty();
    }
    String prefix = i.identity().sourceId() + ":sa/";
    return i.identity().id().startsWith(prefix)
        ? Optional.of(i.identity().id().substring(prefix.length()))
        : Optional.empty();
  }

  @Override
  public Preflight preflight(RevocationAction action, RevocationTarget target) {
    Revoker.requireOffered(this, action, target);
    return switch (action) {
      case DISABLE_CREDENTIAL ->
          new Preflight(
              action,
              target,
              List.of("disables the key " + keyOf(target) + ": it can no longer get tokens"),
              List.of(
                  MINTED_TOKENS,
                  "the service account, its other keys and whoever may impersonate it are"
                      + " untouched"),
              "enable the key again");
      case DELETE_CREDENTIAL ->
          new Preflight(
              action,
              target,
              List.of("deletes the key " + keyOf(target) + " for good"),
              List.of(
                  MINTED_TOKENS,
                  "the service account, its other keys and whoever may impersonate it are"
                      + " untouched"),
              null);
      default ->
          new Preflight(
              action,
              target,
              List.of(
                  "disables the service account "
                      + account(target).orElseThrow()
                      + ": neither its keys nor anyone impersonating it nor workloads running as"
                      + " it get tokens for it"),
              List.of(
                  MINTED_TOKENS,
                  "its keys and grants stay: enabling it brings them all back",
                  "workloads running as it fail their calls from then on"),
              "enable the service account again");
    };
  }

  private static String keyOf(RevocationTarget target) {
    OfCredential key = (OfCredential) target;
    String name = key.credential().externalId();
    return name.substring(name.lastIndexOf('/') + 1) + " of " + key.holder().name();
  }

  @Override
  public RevocationResult revoke(
      Preflight preflight, SourceProfile profile, ConnectEnvironment environment) {
    GcpApi api = apis.apply(profile, environment);
    return preflight.action() == RevocationAction.DELETE_CREDENTIAL
        ? delete(api, preflight.target())
        : setDisabled(api, preflight.target(), true);
  }

  @Override
  public RevocationResult undo(
      Preflight preflight,
      @Nullable String saved,
      SourceProfile profile,
      ConnectEnvironment environment) {
    Revoker.requireUndoable(preflight);
    return setDisabled(apis.apply(profile, environment), preflight.target(), false);
  }

  /** The key's name as IAM gives it, or the account as {@code projects/-/serviceAccounts/E}. */
  private static String resource(RevocationTarget target) {
    return target instanceof OfCredential c
        ? c.credential().externalId()
        : "projects/-/serviceAccounts/" + account(target).orElseThrow();
  }

  private static RevocationResult setDisabled(
      GcpApi api, RevocationTarget target, boolean disable) {
    String resource = resource(target);
    String wanted = disable ? "disabled" : "enabled";
    return VerifiedChange.ensure(
        () -> {
          Optional<JsonNode> item = api.calls().find(api.iam(resource), target.describe());
          return Observed.of(
              item.map(i -> i.path("disabled").asBoolean(false) == disable).orElse(false),
              "GET " + resource,
              item.isPresent() ? wanted : wanted + " (not found)");
        },
        () ->
            "HTTP "
                + api.calls()
                    .send(
                        "POST",
                        api.iam(resource + (disable ? ":disable" : ":enable")),
                        WireJson.MAPPER.createObjectNode(),
                        target.describe())
                    .status(),
        disable ? RevocationOutcome.DONE : RevocationOutcome.UNDONE);
  }

  private static RevocationResult delete(GcpApi api, RevocationTarget target) {
    String resource = resource(target);
    return VerifiedChange.ensure(
        () -> {
          boolean gone = api.calls().find(api.iam(resource), target.describe()).isEmpty();
          return Observed.of(gone, "GET " + resource, "gone (404)");
        },
        () ->
            "HTTP "
                + api.calls().send("DELETE", api.iam(resource), null, target.describe()).status(),
        RevocationOutcome.DONE);
  }
}
