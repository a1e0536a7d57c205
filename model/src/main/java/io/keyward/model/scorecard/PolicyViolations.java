package io.keyward.model.scorecard;

import io.keyward.model.cache.EstateRepository;
import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.SyncRun;
import io.keyward.model.domain.SyncStatus;
import io.keyward.model.policy.AgentPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Checks agent policies against an estate: every way each agent breaks its policy. */
public final class PolicyViolations {
  private final Estate estate;

  public PolicyViolations(Estate estate) {
    this.estate = estate;
  }

  /**
   * The violations of the policies that govern {@code identity}, for its detail. Most identities
   * have no policy and cost one small query; for one that has, the estate is read to check it.
   */
  public static List<PolicyViolation> ofIdentity(
      EstateRepository repository, Instant now, Identity identity) {
    // A set of three that may repeat: an identity's id, external id and name can coincide.
    Set<String> names =
        new HashSet<>(List.of(identity.id(), identity.externalId(), identity.name()));
    boolean governed = repository.policies().stream().anyMatch(p -> names.contains(p.agentId()));
    if (!governed) {
      return List.of();
    }
    PolicyViolations check = new PolicyViolations(EstateLoader.load(repository, now));
    return check.estate.policies().stream()
        .filter(p -> check.agentOf(p).map(a -> a.id().equals(identity.id())).orElse(false))
        .flatMap(p -> check.of(p).stream())
        .toList();
  }

  /** The violations of every policy the estate holds, policy by policy. */
  public List<PolicyViolation> all() {
    return estate.policies().stream().flatMap(p -> of(p).stream()).toList();
  }

  /** The identity a policy governs: matched by id, then external id, then name. */
  public Optional<Identity> agentOf(AgentPolicy policy) {
    return find(policy.agentId(), Identity::id)
        .or(() -> find(policy.agentId(), Identity::externalId))
        .or(() -> find(policy.agentId(), Identity::name));
  }

  public List<PolicyViolation> of(AgentPolicy policy) {
    Optional<Identity> found = agentOf(policy);
    if (found.isEmpty()) {
      return List.of(
          new PolicyViolation(
              policy.agentId(),
              null,
              ViolationKind.AGENT_NOT_FOUND,
              "no identity in the cache has id, external id or name \"" + policy.agentId() + "\"",
              null,
              null));
    }
    Identity agent = found.get();
    List<PolicyViolation> violations = new ArrayList<>();
    Check check = new Check(policy, agent, violations);
    tokenLifetime(check);
    grants(check);
    geography(check);
    owner(check);
    audit(check);
    return violations;
  }

  private record Check(AgentPolicy policy, Identity agent, List<PolicyViolation> out) {
    void add(ViolationKind kind, String detail, EvidenceKind itemKind, String itemId) {
      out.add(new PolicyViolation(policy.agentId(), agent.id(), kind, detail, itemKind, itemId));
    }

    void add(ViolationKind kind, String detail) {
      out.add(new PolicyViolation(policy.agentId(), agent.id(), kind, detail, null, null));
    }
  }

  private void tokenLifetime(Check c) {
    Integer max = c.policy().maxTokenMinutes();
    if (max == null) {
      return;
    }
    for (Credential credential : estate.credentialsOf(c.agent().id())) {
      if (!credential.active()) {
        continue;
      }
      Optional<Duration> lifetime = credential.lifetime();
      if (lifetime.isEmpty()) {
        c.add(
            ViolationKind.TOKEN_LIFETIME,
            credential.displayName() + " never expires (limit " + max + " min)",
            EvidenceKind.CREDENTIAL,
            credential.id());
      } else if (lifetime.get().toMinutes() > max) {
        c.add(
            ViolationKind.TOKEN_LIFETIME,
            credential.displayName()
                + " lives "
                + lifetime.get().toMinutes()
                + " min (limit "
                + max
                + " min)",
            EvidenceKind.CREDENTIAL,
            credential.id());
      }
    }
  }

  private void grants(Check c) {
    AgentPolicy policy = c.policy();
    for (Grant grant : estate.grantsOf(c.agent().id())) {
      String what = grant.permission() + " on " + grant.resource();
      if (!policy.dataScope().isEmpty() && !inScope(grant, policy.dataScope())) {
        c.add(
            ViolationKind.DATA_SCOPE,
            what + " is outside " + policy.dataScope(),
            EvidenceKind.GRANT,
            grant.id());
      }
      if (grant.privilege().compareTo(policy.accessLevel().highest()) > 0) {
        c.add(
            ViolationKind.ACCESS_LEVEL,
            what
                + " is "
                + grant.privilege().name().toLowerCase(Locale.ROOT)
                + " under "
                + policy.accessLevel().jsonName(),
            EvidenceKind.GRANT,
            grant.id());
      } else if (!policy.accessLevel().sensitiveData() && sensitive(grant.resource())) {
        c.add(
            ViolationKind.ACCESS_LEVEL,
            what
                + " reaches sensitive data, which "
                + policy.accessLevel().jsonName()
                + " excludes",
            EvidenceKind.GRANT,
            grant.id());
      }
    }
  }

  private void geography(Check c) {
    List<String> allowed = c.policy().geoRestrictions();
    if (allowed.isEmpty()) {
      return;
    }
    Set<String> credentials = new HashSet<>();
    estate.credentialsOf(c.agent().id()).forEach(cr -> credentials.add(cr.id()));
    Map<String, List<AccessEvent>> outside = new TreeMap<>();
    for (AccessEvent event : estate.events()) {
      boolean agents =
          c.agent().id().equals(event.identityId()) || credentials.contains(event.credentialId());
      if (agents && event.region() != null && !allowed.contains(event.region())) {
        outside.computeIfAbsent(event.region(), r -> new ArrayList<>()).add(event);
      }
    }
    outside.forEach(
        (region, events) -> {
          Instant last =
              events.stream().map(AccessEvent::time).max(Comparator.naturalOrder()).orElseThrow();
          c.add(
              ViolationKind.GEOGRAPHY,
              Ratio.count(events.size(), "event", "events")
                  + " from "
                  + region
                  + ", outside "
                  + allowed
                  + " (last "
                  + last.truncatedTo(ChronoUnit.MINUTES)
                  + ")");
        });
  }

  private void owner(Check c) {
    String ownerId = c.policy().ownerId();
    Optional<Identity> owner =
        Stream.<Function<Identity, String>>of(
                Identity::id, Identity::externalId, Identity::email, Identity::name)
            .map(key -> find(ownerId, key))
            .flatMap(Optional::stream)
            .findFirst();
    if (owner.isEmpty()) {
      c.add(ViolationKind.OWNER, "owner " + ownerId + " is not in any connected source");
    } else if (owner.get().kind() != IdentityKind.HUMAN) {
      c.add(ViolationKind.OWNER, "owner " + owner.get().name() + " is not a human");
    } else if (!owner.get().enabled()) {
      c.add(ViolationKind.OWNER, "owner " + owner.get().name() + " is disabled");
    }
  }

  private void audit(Check c) {
    if (c.policy().auditFrequency() == null) {
      return;
    }
    Duration interval = c.policy().auditFrequency().interval();
    Optional<Instant> last =
        estate.syncRuns().stream()
            .filter(r -> r.sourceId().equals(c.agent().sourceId()))
            .filter(r -> r.status() == SyncStatus.COMPLETED && r.finishedAt() != null)
            .map(SyncRun::finishedAt)
            .max(Comparator.naturalOrder());
    if (last.isEmpty()) {
      c.add(
          ViolationKind.AUDIT_FREQUENCY,
          "its source " + c.agent().sourceId() + " was never synced");
    } else if (Duration.between(last.get(), estate.now()).compareTo(interval) > 0) {
      c.add(
          ViolationKind.AUDIT_FREQUENCY,
          "its source was last synced "
              + Duration.between(last.get(), estate.now()).toHours()
              + " h ago; the policy asks for "
              + c.policy().auditFrequency().jsonName());
    }
  }

  /**
   * A grant is in scope when its resource, or the name or external id of the resource it names,
   * equals a scope entry or lies beneath one ({@code entry/...} or {@code entry:...}).
   */
  private boolean inScope(Grant grant, List<String> scope) {
    List<String> names = new ArrayList<>();
    names.add(grant.resource());
    estate
        .resource(grant.resource())
        .ifPresent(
            r -> {
              names.add(r.name());
              names.add(r.externalId());
            });
    Predicate<String> covered =
        name ->
            scope.stream()
                .anyMatch(
                    entry ->
                        name.equals(entry)
                            || name.startsWith(entry + "/")
                            || name.startsWith(entry + ":"));
    return names.stream().anyMatch(covered);
  }

  private boolean sensitive(String resourceId) {
    return estate.resource(resourceId).map(Resource::sensitive).orElse(false);
  }

  private Optional<Identity> find(String value, Function<Identity, String> key) {
    return estate.identities().stream().filter(i -> value.equals(key.apply(i))).findFirst();
  }
}
