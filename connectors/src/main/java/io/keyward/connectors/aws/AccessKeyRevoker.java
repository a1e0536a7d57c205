package io.keyward.connectors.aws;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.revoke.Preflight;
import io.keyward.connectors.revoke.RevocationResult;
import io.keyward.connectors.revoke.RevocationTarget;
import io.keyward.connectors.revoke.RevocationTarget.OfCredential;
import io.keyward.connectors.revoke.Revoker;
import io.keyward.connectors.revoke.VerifiedChange;
import io.keyward.connectors.revoke.VerifiedChange.Observed;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * IAM user access keys: deactivate ({@code UpdateAccessKey Status=Inactive}, undone with Active) or
 * delete ({@code DeleteAccessKey}), each verified with {@code ListAccessKeys}.
 */
final class AccessKeyRevoker implements Revoker {
  static final String SIGNED_REQUESTS =
      "requests already signed with the key are refused from now on, but temporary credentials"
          + " obtained with it (GetSessionToken, AssumeRole) stay valid until they expire";

  private final BiFunction<SourceProfile, ConnectEnvironment, IamQueryClient> clients;

  AccessKeyRevoker(BiFunction<SourceProfile, ConnectEnvironment, IamQueryClient> clients) {
    this.clients = clients;
  }

  @Override
  public List<RevocationAction> actions(RevocationTarget target) {
    return target instanceof OfCredential c && c.credential().kind() == CredentialKind.ACCESS_KEY
        ? List.of(RevocationAction.DISABLE_CREDENTIAL, RevocationAction.DELETE_CREDENTIAL)
        : List.of();
  }

  @Override
  public Preflight preflight(RevocationAction action, RevocationTarget target) {
    Revoker.requireOffered(this, action, target);
    String key = ((OfCredential) target).credential().externalId();
    return action == RevocationAction.DISABLE_CREDENTIAL
        ? new Preflight(
            action,
            target,
            List.of("sets the access key " + key + " Inactive"),
            List.of(SIGNED_REQUESTS),
            "set the key Active again")
        : new Preflight(
            action,
            target,
            List.of("deletes the access key " + key + " for good"),
            List.of(SIGNED_REQUESTS),
            null);
  }

  @Override
  public RevocationResult revoke(
      Preflight preflight, SourceProfile profile, ConnectEnvironment environment) {
    return preflight.action() == RevocationAction.DISABLE_CREDENTIAL
        ? setStatus(preflight, profile, environment, "Inactive", RevocationOutcome.DONE)
        : delete(preflight, profile, environment);
  }

  @Override
  public RevocationResult undo(
      Preflight preflight,
      @Nullable String saved,
      SourceProfile profile,
      ConnectEnvironment environment) {
    Revoker.requireUndoable(preflight);
    return setStatus(preflight, profile, environment, "Active", RevocationOutcome.UNDONE);
  }

  private RevocationResult setStatus(
      Preflight preflight,
      SourceProfile profile,
      ConnectEnvironment environment,
      String status,
      RevocationOutcome success) {
    Key key = Key.of(preflight);
    IamQueryClient client = clients.apply(profile, environment);
    return VerifiedChange.ensure(
        () -> {
          Optional<String> now = key.status(client);
          return new Observed(
              now.filter(status::equals).isPresent(),
              "ListAccessKeys: " + now.orElse("key not found"));
        },
        () -> {
          client.act(
              "UpdateAccessKey",
              Map.of("UserName", key.user(), "AccessKeyId", key.id(), "Status", status),
              key.id(),
              new Cancellation());
          return "UpdateAccessKey accepted";
        },
        success);
  }

  private RevocationResult delete(
      Preflight preflight, SourceProfile profile, ConnectEnvironment environment) {
    Key key = Key.of(preflight);
    IamQueryClient client = clients.apply(profile, environment);
    return VerifiedChange.ensure(
        () -> {
          boolean gone = key.status(client).isEmpty();
          return new Observed(
              gone, gone ? "ListAccessKeys: absent" : "ListAccessKeys: still listed");
        },
        () -> {
          client.act(
              "DeleteAccessKey",
              Map.of("UserName", key.user(), "AccessKeyId", key.id()),
              key.id(),
              new Cancellation());
          return "DeleteAccessKey accepted";
        },
        RevocationOutcome.DONE);
  }

  /** The key and the IAM user holding it (the holder identity's name). */
  private record Key(String user, String id) {
    static Key of(Preflight preflight) {
      OfCredential target = (OfCredential) preflight.target();
      return new Key(target.holder().name(), target.credential().externalId());
    }

    /** The key's status as IAM lists it now; empty when the user no longer has it. */
    Optional<String> status(IamQueryClient client) {
      return client
          .call(
              "ListAccessKeys", Map.of("UserName", user, "MaxItems", "100"), id, new Cancellation())
          .members("AccessKeyMetadata")
          .stream()
          .filter(member -> id.equals(member.text("AccessKeyId")))
          .map(member -> Optional.ofNullable(member.text("Status")).orElse("Active"))
          .findFirst();
    }
  }
}
