package io.keyward.connectors.aws;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.revoke.Preflight;
import io.keyward.connectors.revoke.RevocationResult;
import io.keyward.connectors.revoke.RevocationTarget;
import io.keyward.connectors.revoke.RevocationTarget.OfGrant;
import io.keyward.connectors.revoke.Revoker;
import io.keyward.connectors.revoke.VerifiedChange;
import io.keyward.connectors.revoke.VerifiedChange.Observed;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Removes the policy a direct grant of a user, role or group comes from: an inline policy is
 * deleted ({@code DeleteUserPolicy}) after its document is read, which the audit keeps so the undo
 * can put it back ({@code PutUserPolicy}); a managed one is detached ({@code DetachUserPolicy},
 * undone by attaching it again). IAM grants whole policies, so every permission of that policy
 * goes, not only the one named. Verified by reading the inline policy or listing the attached ones.
 */
final class PolicyRevoker implements Revoker {
  static final String EVENTUAL =
      "IAM is eventually consistent: the change can take a few minutes to apply everywhere";

  private final BiFunction<SourceProfile, ConnectEnvironment, IamQueryClient> clients;

  PolicyRevoker(BiFunction<SourceProfile, ConnectEnvironment, IamQueryClient> clients) {
    this.clients = clients;
  }

  @Override
  public List<RevocationAction> actions(RevocationTarget target) {
    return target instanceof OfGrant g && PolicyGrant.of(g).isPresent()
        ? List.of(RevocationAction.REMOVE_GRANT)
        : List.of();
  }

  @Override
  public Preflight preflight(RevocationAction action, RevocationTarget target) {
    Revoker.requireOffered(this, action, target);
    PolicyGrant policy = PolicyGrant.of((OfGrant) target).orElseThrow();
    String whole =
        ": every permission it gives goes, not only "
            + ((OfGrant) target).grant().permission()
            + (policy.principal().kind().equals("Group") ? ", and from every member" : "");
    List<String> limits =
        List.of(
            EVENTUAL,
            "the permission stays where it arrives another way (a group, another policy, a"
                + " resource policy)");
    return policy.managed()
        ? new Preflight(
            action,
            target,
            List.of(
                "detaches the managed policy "
                    + policy.name()
                    + " from the "
                    + policy.principal().describe()
                    + whole),
            limits,
            "attach the managed policy " + policy.name() + " again")
        : new Preflight(
            action,
            target,
            List.of(
                "deletes the inline policy "
                    + policy.name()
                    + " of the "
                    + policy.principal().describe()
                    + whole),
            limits,
            "put the inline policy "
                + policy.name()
                + " back with the document read just before it was deleted");
  }

  @Override
  public RevocationResult revoke(
      Preflight preflight, SourceProfile profile, ConnectEnvironment environment) {
    PolicyGrant policy = PolicyGrant.of((OfGrant) preflight.target()).orElseThrow();
    IamQueryClient client = clients.apply(profile, environment);
    // The read finds the attached policy's ARN, which the detach needs (the grant keeps its name),
    // or the inline policy's document, which the audit keeps for the undo.
    return VerifiedChange.ensureSaving(
        () -> policy.find(client),
        found -> policy.observed(found, false),
        found ->
            policy.managed()
                ? policy.send(client, "Detach", Map.of("PolicyArn", found.orElseThrow()))
                : policy.send(client, "Delete", Map.of("PolicyName", policy.name())),
        found -> policy.managed() ? null : found.orElse(null),
        RevocationOutcome.DONE);
  }

  @Override
  public RevocationResult undo(
      Preflight preflight,
      @Nullable String saved,
      SourceProfile profile,
      ConnectEnvironment environment) {
    Revoker.requireUndoable(preflight);
    PolicyGrant policy = PolicyGrant.of((OfGrant) preflight.target()).orElseThrow();
    IamQueryClient client = clients.apply(profile, environment);
    return VerifiedChange.ensure(
        () -> policy.observed(policy.find(client), true),
        () ->
            policy.managed()
                ? policy.send(client, "Attach", Map.of("PolicyArn", policy.arnByName(client)))
                : policy.send(
                    client,
                    "Put",
                    Map.of("PolicyName", policy.name(), "PolicyDocument", policy.restore(saved))),
        RevocationOutcome.UNDONE);
  }

  /**
   * The policy a direct grant comes from, read from the grant id AccountMapper makes: {@code
   * PRINCIPAL/grant/inline/NAME/...} or {@code PRINCIPAL/grant/policy/NAME/...}.
   */
  private record PolicyGrant(IamPrincipal principal, boolean managed, String name) {
    static Optional<PolicyGrant> of(OfGrant target) {
      String prefix = target.principal().id() + "/grant/";
      String id = target.grant().id();
      if (target.grant().origin() != GrantOrigin.DIRECT || !id.startsWith(prefix)) {
        return Optional.empty();
      }
      String[] parts = id.substring(prefix.length()).split("/", 3);
      if (parts.length < 3 || !(parts[0].equals("inline") || parts[0].equals("policy"))) {
        return Optional.empty();
      }
      return IamPrincipal.of(target.principal())
          .filter(IamPrincipal::editable)
          .map(p -> new PolicyGrant(p, parts[0].equals("policy"), parts[1]));
    }

    /**
     * The policy on the principal now: a managed one's ARN, an inline one's document (JSON); or
     * empty.
     */
    Optional<String> find(IamQueryClient client) {
      return managed ? attachedArn(client) : inlineDocument(client);
    }

    /** {@code found} as the reading action read it; reached when present is {@code wanted}. */
    Observed observed(Optional<String> found, boolean wanted) {
      String reader =
          managed
              ? principal.action("ListAttached", "Policies")
              : principal.action("Get", "Policy");
      return new Observed(
          found.isPresent() == wanted,
          reader + ": " + name + (found.isPresent() ? " present" : " absent"));
    }

    /** IAM answers NoSuchEntity (404) for an inline policy the principal does not have. */
    private Optional<String> inlineDocument(IamQueryClient client) {
      return VerifiedChange.unlessGone(
              () ->
                  client.call(
                      principal.action("Get", "Policy"),
                      Map.of(principal.nameParameter(), principal.name(), "PolicyName", name),
                      principal.describe(),
                      new Cancellation()))
          .map(result -> result.text("PolicyDocument"))
          .map(PolicyDocument::json);
    }

    /** The document the deletion saved, which the undo puts back. */
    String restore(@Nullable String saved) {
      if (saved == null) {
        throw new IllegalArgumentException(
            "the audit holds no document of the inline policy "
                + name
                + " from a deletion by Keyward; put it back in the AWS console");
      }
      return saved;
    }

    // One page suffices: IAM allows at most 20 managed policies per principal.
    private Optional<String> attachedArn(IamQueryClient client) {
      return client
          .call(
              principal.action("ListAttached", "Policies"),
              Map.of(principal.nameParameter(), principal.name(), "MaxItems", "1000"),
              principal.describe(),
              new Cancellation())
          .members("AttachedPolicies")
          .stream()
          .filter(p -> name.equals(p.text("PolicyName")))
          .map(p -> p.text("PolicyArn"))
          .filter(Objects::nonNull)
          .findFirst();
    }

    /**
     * The ARN of the managed policy named {@code name}, AWS's or the account's: the grant keeps
     * only the name, and a detached policy no longer shows on the principal.
     */
    String arnByName(IamQueryClient client) {
      List<String> arns =
          client
              .listAll(
                  "ListPolicies",
                  Map.of("Scope", "All", "MaxItems", "1000"),
                  "Policies",
                  new Cancellation())
              .stream()
              .filter(p -> name.equals(p.text("PolicyName")))
              .map(p -> p.text("Arn"))
              .filter(Objects::nonNull)
              .toList();
      if (arns.size() != 1) {
        throw new IllegalArgumentException(
            arns.isEmpty()
                ? "no managed policy named " + name + " exists any more; nothing to attach"
                : "several managed policies are named "
                    + name
                    + " ("
                    + String.join(", ", arns)
                    + "); attach the right one in the AWS console");
      }
      return arns.get(0);
    }

    String send(IamQueryClient client, String verb, Map<String, String> policy) {
      String action = principal.action(verb, "Policy");
      Map<String, String> params = new java.util.LinkedHashMap<>();
      params.put(principal.nameParameter(), principal.name());
      params.putAll(policy);
      client.act(action, params, principal.describe(), new Cancellation());
      return action + " accepted";
    }
  }
}
