package io.keyward.connectors.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.Cancellation;
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
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Revokes a role's sessions the way the IAM console does: an inline policy {@value #POLICY} that
 * denies everything to sessions issued before now ({@code aws:TokenIssueTime}). STS credentials
 * cannot be revoked as such; the deny works because IAM evaluates policies on every request.
 * Verified by reading the policy back ({@code GetRolePolicy}). Undone by deleting the policy
 * ({@code DeleteRolePolicy}): sessions it denied that have not expired work again.
 */
final class RoleSessionRevoker implements Revoker {
  static final String POLICY = "AWSRevokeOlderSessions";

  private final BiFunction<SourceProfile, ConnectEnvironment, IamQueryClient> clients;
  private final Clock clock;

  RoleSessionRevoker(
      BiFunction<SourceProfile, ConnectEnvironment, IamQueryClient> clients, Clock clock) {
    this.clients = clients;
    this.clock = clock;
  }

  @Override
  public List<RevocationAction> actions(RevocationTarget target) {
    return role(target).isPresent() ? List.of(RevocationAction.REVOKE_SESSIONS) : List.of();
  }

  private static Optional<IamPrincipal> role(RevocationTarget target) {
    return target instanceof OfIdentity i
        ? IamPrincipal.of(i.identity()).filter(p -> p.kind().equals("Role") && p.editable())
        : Optional.empty();
  }

  @Override
  public Preflight preflight(RevocationAction action, RevocationTarget target) {
    Revoker.requireOffered(this, action, target);
    String name = role(target).orElseThrow().name();
    return new Preflight(
        action,
        target,
        List.of(
            "puts the inline policy "
                + POLICY
                + " on the role "
                + name
                + ": every request made with a session of the role issued before the moment it is"
                + " sent is denied (aws:TokenIssueTime), whatever else the session may do",
            "replaces an earlier " + POLICY + " of the role, moving its cut-off to now"),
        List.of(
            "sessions issued after that moment are unaffected: whoever may assume the role can"
                + " get a new session at once (remove the trust or disable their credentials to"
                + " stop that)",
            PolicyRevoker.EVENTUAL),
        "delete the inline policy "
            + POLICY
            + ": sessions it denied work again until they expire (an earlier cut-off it replaced"
            + " is not restored)");
  }

  @Override
  public RevocationResult revoke(
      Preflight preflight, SourceProfile profile, ConnectEnvironment environment) {
    IamPrincipal role = role(preflight.target()).orElseThrow();
    IamQueryClient client = clients.apply(profile, environment);
    String cutoff = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    // No "already done": sessions may have been issued since an earlier cut-off.
    return VerifiedChange.always(
        () -> {
          client.act(
              "PutRolePolicy",
              Map.of(
                  "RoleName",
                  role.name(),
                  "PolicyName",
                  POLICY,
                  "PolicyDocument",
                  document(cutoff)),
              role.describe(),
              new Cancellation());
          return "PutRolePolicy accepted (sessions issued before " + cutoff + " denied)";
        },
        () -> {
          Optional<String> now = cutoff(client, role);
          return new Observed(
              now.filter(cutoff::equals).isPresent(),
              "GetRolePolicy: "
                  + now.map(c -> POLICY + " denies sessions issued before " + c)
                      .orElse(POLICY + " absent or not a session deny"));
        },
        RevocationOutcome.DONE);
  }

  @Override
  public RevocationResult undo(
      Preflight preflight,
      @Nullable String saved,
      SourceProfile profile,
      ConnectEnvironment environment) {
    Revoker.requireUndoable(preflight);
    IamPrincipal role = role(preflight.target()).orElseThrow();
    IamQueryClient client = clients.apply(profile, environment);
    return VerifiedChange.ensure(
        () -> Observed.of(cutoff(client, role).isEmpty(), "GetRolePolicy", POLICY + " absent"),
        () -> {
          client.act(
              "DeleteRolePolicy",
              Map.of("RoleName", role.name(), "PolicyName", POLICY),
              role.describe(),
              new Cancellation());
          return "DeleteRolePolicy accepted";
        },
        RevocationOutcome.UNDONE);
  }

  /** The policy the IAM console writes for "Revoke active sessions". */
  static String document(String cutoff) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":[\"*\"],"
        + "\"Resource\":[\"*\"],\"Condition\":{\"DateLessThan\":{\"aws:TokenIssueTime\":\""
        + cutoff
        + "\"}}}]}";
  }

  /** The cut-off of the role's session deny as IAM has it now; empty when there is none. */
  private static Optional<String> cutoff(IamQueryClient client, IamPrincipal role) {
    return VerifiedChange.unlessGone(
            () ->
                client.call(
                    "GetRolePolicy",
                    Map.of("RoleName", role.name(), "PolicyName", POLICY),
                    role.describe(),
                    new Cancellation()))
        .map(result -> result.text("PolicyDocument"))
        .flatMap(RoleSessionRevoker::denyCutoff);
  }

  /** IAM returns policy documents URL-encoded. */
  private static Optional<String> denyCutoff(String encoded) {
    try {
      JsonNode statements =
          WireJson.MAPPER.readTree(PolicyDocument.json(encoded)).path("Statement");
      for (JsonNode statement : statements.isArray() ? statements : List.of(statements)) {
        JsonNode time = statement.path("Condition").path("DateLessThan").path("aws:TokenIssueTime");
        if ("Deny".equals(statement.path("Effect").asText()) && time.isTextual()) {
          return Optional.of(time.asText());
        }
      }
      return Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
