package io.keyward.connectors.gcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.connectors.Cancellation;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.gcp.GcpWire.Binding;
import io.keyward.connectors.http.RefusedReplyException;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.revoke.Preflight;
import io.keyward.connectors.revoke.RevocationResult;
import io.keyward.connectors.revoke.RevocationTarget;
import io.keyward.connectors.revoke.RevocationTarget.OfGrant;
import io.keyward.connectors.revoke.Revoker;
import io.keyward.connectors.revoke.VerifiedChange;
import io.keyward.connectors.revoke.VerifiedChange.Observed;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.GrantIds;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Removes one member from one binding of a project's or a service account's IAM policy by
 * read-modify-write: {@code getIamPolicy} at version 3, drop the member (and the binding once
 * empty), {@code setIamPolicy} with the etag read. Another writer in between makes Google refuse
 * the etag (409 ABORTED): read again and retry, a few times. Only the binding whose role and
 * condition made the grant is touched; other conditional bindings of the role stay.
 */
final class BindingRevoker implements Revoker {
  static final int ATTEMPTS = 3;
  private static final Pattern ACCOUNT = Pattern.compile("projects/[^/]+/serviceAccounts/[^/]+");
  private static final Pattern PROJECT = Pattern.compile("projects/[^/]+");

  private final BiFunction<SourceProfile, ConnectEnvironment, GcpApi> apis;

  BindingRevoker(BiFunction<SourceProfile, ConnectEnvironment, GcpApi> apis) {
    this.apis = apis;
  }

  @Override
  public List<RevocationAction> actions(RevocationTarget target) {
    return target instanceof OfGrant g && Member.of(g.grant()).isPresent()
        ? List.of(RevocationAction.REMOVE_GRANT)
        : List.of();
  }

  @Override
  public Preflight preflight(RevocationAction action, RevocationTarget target) {
    Revoker.requireOffered(this, action, target);
    Member member = Member.of(((OfGrant) target).grant()).orElseThrow();
    return new Preflight(
        action,
        target,
        List.of(
            "removes "
                + member.member()
                + " from the binding of "
                + member.role()
                + " on "
                + member.resource()
                + (member.condition() == null ? "" : " under the condition " + member.condition())
                + ", dropping the binding if it is left empty; the rest of the policy stays"),
        List.of(
            "the member keeps the role where it arrives another way: a group it belongs to, a"
                + " folder or organization policy",
            "policy changes take a few minutes to apply; "
                + ServiceAccountRevoker.MINTED_TOKENS
                + " but lose the role's permissions once the change applies"),
        member.condition() == null
            ? "add " + member.member() + " to " + member.role() + " again"
            : null);
  }

  @Override
  public RevocationResult revoke(
      Preflight preflight, SourceProfile profile, ConnectEnvironment environment) {
    return change(preflight, apis.apply(profile, environment), false);
  }

  @Override
  public RevocationResult undo(
      Preflight preflight,
      @Nullable String saved,
      SourceProfile profile,
      ConnectEnvironment environment) {
    Revoker.requireUndoable(preflight);
    return change(preflight, apis.apply(profile, environment), true);
  }

  private static RevocationResult change(Preflight preflight, GcpApi api, boolean add) {
    Member member = Member.of(((OfGrant) preflight.target()).grant()).orElseThrow();
    PolicyHolder holder = PolicyHolder.of(api, member.resource());
    // The first edit starts from the policy the check read; retries read again.
    return VerifiedChange.ensure(
        holder::read,
        policy ->
            Observed.of(
                member.in(policy) == add,
                "getIamPolicy",
                member.member() + (add ? " in " : " not in ") + member.role()),
        policy -> edit(holder, member, add, policy, api),
        add ? RevocationOutcome.UNDONE : RevocationOutcome.DONE);
  }

  private static String edit(
      PolicyHolder holder, Member member, boolean add, ObjectNode first, GcpApi api) {
    ObjectNode policy = first;
    for (int attempt = 1; ; attempt++) {
      if (member.in(policy) == add) {
        return "nothing sent: another writer made the change first";
      }
      member.apply(policy, add);
      try {
        holder.write(policy);
        return "setIamPolicy accepted"
            + (attempt == 1 ? "" : " after " + (attempt - 1) + " etag conflict(s)");
      } catch (RefusedReplyException e) {
        if (e.status() != 409 || attempt == ATTEMPTS) {
          throw e;
        }
      }
      api.tuning()
          .sleeper()
          .sleep(Duration.ofMillis(500L * attempt), new Cancellation(), api.calls().source());
      policy = holder.read();
    }
  }

  /** Where a policy is read and written: a project (Resource Manager) or a service account. */
  private record PolicyHolder(
      GcpApi api, HttpUrl get, @Nullable JsonNode getBody, HttpUrl set, String resource) {
    static PolicyHolder of(GcpApi api, String resource) {
      if (PROJECT.matcher(resource).matches()) {
        return new PolicyHolder(
            api,
            api.resourceManager(resource + ":getIamPolicy"),
            WireJson.MAPPER
                .createObjectNode()
                .set(
                    "options", WireJson.MAPPER.createObjectNode().put("requestedPolicyVersion", 3)),
            api.resourceManager(resource + ":setIamPolicy"),
            resource);
      }
      // A service account's getIamPolicy takes its options in the query and an empty body.
      return new PolicyHolder(
          api,
          api.iam(resource + ":getIamPolicy")
              .newBuilder()
              .addQueryParameter("options.requestedPolicyVersion", "3")
              .build(),
          null,
          api.iam(resource + ":setIamPolicy"),
          resource);
    }

    ObjectNode read() {
      JsonNode policy = api.calls().post(get, getBody, resource);
      if (!policy.isObject()) {
        throw new SourceException(
            api.calls().source(),
            "POST " + get.encodedPath(),
            resource,
            "the reply holds no policy");
      }
      return (ObjectNode) policy;
    }

    /** Sends the policy with the etag it was read with; Google refuses a stale one with 409. */
    void write(ObjectNode policy) {
      ObjectNode body = WireJson.MAPPER.createObjectNode();
      body.set("policy", policy);
      body.put("updateMask", "bindings,etag");
      api.calls().post(set, body, resource);
    }
  }

  /**
   * The binding member a grant stands for, read back from the grant GcpMapper made: {@code
   * SOURCE:grant/RESOURCE/ROLE/MEMBER[#hash of the condition]}.
   */
  record Member(String resource, String role, String member, @Nullable String condition) {
    static Optional<Member> of(Grant grant) {
      String resource = grant.resource();
      String prefix = grant.sourceId() + ":grant/" + resource + "/" + grant.permission() + "/";
      if (!grant.id().startsWith(prefix)
          || !(PROJECT.matcher(resource).matches() || ACCOUNT.matcher(resource).matches())) {
        return Optional.empty();
      }
      String member = grant.id().substring(prefix.length());
      String suffix = GrantIds.gcpSuffix(grant.condition());
      if (!member.endsWith(suffix)) {
        return Optional.empty();
      }
      return Optional.of(
          new Member(
              resource,
              grant.permission(),
              member.substring(0, member.length() - suffix.length()),
              grant.condition()));
    }

    /** Whether the policy's matching binding holds the member. */
    boolean in(ObjectNode policy) {
      return binding(policy)
          .map(b -> containsText((ArrayNode) b.withArray("members"), member))
          .orElse(false);
    }

    /** Adds or removes the member in place; an emptied binding goes, a missing one is made. */
    void apply(ObjectNode policy, boolean add) {
      Optional<ObjectNode> binding = binding(policy);
      if (add) {
        ObjectNode target =
            binding.orElseGet(() -> policy.withArray("bindings").addObject().put("role", role));
        target.withArray("members").add(member);
        return;
      }
      binding.ifPresent(
          b -> {
            ArrayNode members = b.withArray("members");
            for (Iterator<JsonNode> i = members.elements(); i.hasNext(); ) {
              if (i.next().asText().equals(member)) {
                i.remove();
              }
            }
            if (members.isEmpty()) {
              removeNode(policy.withArray("bindings"), b);
            }
          });
    }

    /** The binding of this role with exactly this condition (none for an unconditional grant). */
    private Optional<ObjectNode> binding(ObjectNode policy) {
      for (JsonNode node : policy.path("bindings")) {
        if (node.isObject()
            && role.equals(node.path("role").asText())
            && Objects.equals(condition, conditionOf(node))) {
          return Optional.of((ObjectNode) node);
        }
      }
      return Optional.empty();
    }

    private static @Nullable String conditionOf(JsonNode binding) {
      try {
        return GcpMapper.condition(WireJson.MAPPER.treeToValue(binding, Binding.class).condition());
      } catch (JsonProcessingException e) {
        return null;
      }
    }

    private static boolean containsText(ArrayNode array, String text) {
      for (JsonNode node : array) {
        if (node.asText().equals(text)) {
          return true;
        }
      }
      return false;
    }

    private static void removeNode(ArrayNode array, JsonNode node) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i) == node) {
          array.remove(i);
          return;
        }
      }
    }
  }
}
