package io.keyward.model.scorecard;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.Revocation;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import io.keyward.model.domain.SyncRun;
import io.keyward.model.policy.AgentPolicy;
import io.keyward.model.usage.UsageAnalysis;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The estate as the criteria read it: everything the cache holds (or a test built), in memory, with
 * the lookups the rules share. Immutable; {@link #within(Scope)} narrows it.
 */
public final class Estate {
  private final Instant now;
  private final List<Source> sources;
  private final Map<String, Identity> identities;
  private final List<Credential> credentials;
  private final List<Grant> grants;
  private final List<Delegation> delegations;
  private final Map<String, Resource> resources;
  private final List<LineageRecord> lineage;
  private final List<AccessEvent> events;
  private final List<Alert> alerts;
  private final List<Revocation> revocations;
  private final List<SyncRun> syncRuns;
  private final List<AgentPolicy> policies;
  private final @Nullable Set<SourceKind> revocableKinds;
  private final Map<String, Credential> credentialsById;
  private final Map<String, List<Credential>> credentialsByHolder;
  private final Map<String, List<Grant>> grantsByPrincipal;
  private final Map<String, List<Delegation>> delegationsTo;

  private Estate(Builder b) {
    this.now = b.now;
    this.sources = List.copyOf(b.sources);
    this.identities = new LinkedHashMap<>(b.identities);
    this.credentials = List.copyOf(b.credentials);
    this.grants = List.copyOf(b.grants);
    this.delegations = List.copyOf(b.delegations);
    this.resources = new LinkedHashMap<>(b.resources);
    this.lineage = List.copyOf(b.lineage);
    this.events = List.copyOf(b.events);
    this.alerts = List.copyOf(b.alerts);
    this.revocations = List.copyOf(b.revocations);
    this.syncRuns = List.copyOf(b.syncRuns);
    this.policies = List.copyOf(b.policies);
    this.revocableKinds = b.revocableKinds;
    this.credentialsById = new HashMap<>();
    credentials.forEach(c -> credentialsById.put(c.id(), c));
    this.credentialsByHolder = group(credentials, Credential::identityId);
    this.grantsByPrincipal = group(grants, Grant::principalId);
    this.delegationsTo = group(delegations, Delegation::toId);
  }

  public static Builder builder(Instant now) {
    return new Builder(now);
  }

  /** "Now" for ages, lifetimes and feed freshness. */
  public Instant now() {
    return now;
  }

  public List<Source> sources() {
    return sources;
  }

  public boolean connected(SourceKind.Category category) {
    return sources.stream().anyMatch(s -> s.kind().category() == category);
  }

  public boolean connected(SourceKind kind) {
    return sources.stream().anyMatch(s -> s.kind() == kind);
  }

  /**
   * The kinds of source Keyward can revoke in, as the connectors on the class path say; empty when
   * whoever loaded the estate did not ask them (the model cannot see connectors).
   */
  public Optional<Set<SourceKind>> revocableKinds() {
    return Optional.ofNullable(revocableKinds);
  }

  public List<Source> sourcesOf(SourceKind.Category category) {
    return sources.stream().filter(s -> s.kind().category() == category).toList();
  }

  public Collection<Identity> identities() {
    return identities.values();
  }

  public Optional<Identity> identity(String id) {
    return Optional.ofNullable(identities.get(id));
  }

  /** The identities of {@code kind}, in load order. */
  public List<Identity> identitiesOf(IdentityKind kind) {
    return identities.values().stream().filter(i -> i.kind() == kind).toList();
  }

  public boolean isKind(String identityId, IdentityKind kind) {
    Identity identity = identities.get(identityId);
    return identity != null && identity.kind() == kind;
  }

  public boolean isNonHuman(String identityId) {
    Identity identity = identities.get(identityId);
    return identity != null && identity.kind().isNonHuman();
  }

  public List<Credential> credentials() {
    return credentials;
  }

  public Optional<Credential> credential(String id) {
    return Optional.ofNullable(credentialsById.get(id));
  }

  public List<Credential> credentialsOf(String identityId) {
    return credentialsByHolder.getOrDefault(identityId, List.of());
  }

  public List<Grant> grants() {
    return grants;
  }

  public List<Grant> grantsOf(String principalId) {
    return grantsByPrincipal.getOrDefault(principalId, List.of());
  }

  public List<Delegation> delegations() {
    return delegations;
  }

  /** The recorded delegations by which someone acts through {@code identityId}. */
  public List<Delegation> delegationsTo(String identityId) {
    return delegationsTo.getOrDefault(identityId, List.of());
  }

  public Collection<Resource> resources() {
    return resources.values();
  }

  public Optional<Resource> resource(String id) {
    return Optional.ofNullable(resources.get(id));
  }

  public List<LineageRecord> lineage() {
    return lineage;
  }

  public List<AccessEvent> events() {
    return events;
  }

  public List<Alert> alerts() {
    return alerts;
  }

  public List<Revocation> revocations() {
    return revocations;
  }

  public List<SyncRun> syncRuns() {
    return syncRuns;
  }

  public List<AgentPolicy> policies() {
    return policies;
  }

  /** The actual use of this estate's grants over the last {@code days} days. */
  public UsageAnalysis usage(int days) {
    return UsageAnalysis.of(now, days, identities(), grants, delegations, resources(), events);
  }

  /** This estate narrowed to {@code scope}; see {@link Scope} for what each scope keeps. */
  public Estate within(Scope scope) {
    return scope.narrow(this);
  }

  /**
   * Hands what the delegation graph is built from to {@code sink}: resources first, then principals
   * and what they hold, lineage and alerts, in the order the cache streams them (the graph keeps
   * only open alerts).
   */
  public void streamForAnalysis(EstateSink sink) {
    resources.values().forEach(sink::add);
    identities.values().forEach(sink::add);
    credentials.forEach(sink::add);
    grants.forEach(sink::add);
    delegations.forEach(sink::add);
    lineage.forEach(sink::add);
    alerts.forEach(sink::add);
  }

  /** A builder holding this estate's items, for scopes to filter. */
  Builder toBuilder() {
    Builder b = new Builder(now);
    b.sources.addAll(sources);
    b.identities.putAll(identities);
    b.credentials.addAll(credentials);
    b.grants.addAll(grants);
    b.delegations.addAll(delegations);
    b.resources.putAll(resources);
    b.lineage.addAll(lineage);
    b.events.addAll(events);
    b.alerts.addAll(alerts);
    b.revocations.addAll(revocations);
    b.syncRuns.addAll(syncRuns);
    b.policies.addAll(policies);
    b.revocableKinds = revocableKinds;
    return b;
  }

  private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
    return items.stream()
        .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
  }

  /** Collects an estate item by item, as a sync would; tests build estates with it. */
  public static final class Builder implements EstateSink {
    private final Instant now;
    final List<Source> sources = new ArrayList<>();
    final Map<String, Identity> identities = new LinkedHashMap<>();
    final List<Credential> credentials = new ArrayList<>();
    final List<Grant> grants = new ArrayList<>();
    final List<Delegation> delegations = new ArrayList<>();
    final Map<String, Resource> resources = new LinkedHashMap<>();
    final List<LineageRecord> lineage = new ArrayList<>();
    final List<AccessEvent> events = new ArrayList<>();
    final List<Alert> alerts = new ArrayList<>();
    final List<Revocation> revocations = new ArrayList<>();
    final List<SyncRun> syncRuns = new ArrayList<>();
    final List<AgentPolicy> policies = new ArrayList<>();
    @Nullable Set<SourceKind> revocableKinds;
    private final Map<String, String> strings = new HashMap<>();

    private Builder(Instant now) {
      this.now = now;
    }

    /** The kinds of source that have a revoker, for the real-time revocation criterion. */
    public Builder revocableKinds(Set<SourceKind> kinds) {
      revocableKinds = Set.copyOf(kinds);
      return this;
    }

    public Builder source(Source source) {
      sources.add(source);
      return this;
    }

    public Builder revocation(Revocation revocation) {
      revocations.add(revocation);
      return this;
    }

    public Builder syncRun(SyncRun run) {
      syncRuns.add(run);
      return this;
    }

    public Builder policy(AgentPolicy policy) {
      policies.add(policy);
      return this;
    }

    @Override
    public void add(Identity identity) {
      identities.put(identity.id(), identity);
    }

    @Override
    public void add(Credential credential) {
      credentials.add(credential);
    }

    /**
     * Keeps the grant with its repeated strings shared: a million grants name a few thousand
     * sources, principals, permissions and resources, and a copy of each per grant would double
     * what a large estate holds in memory.
     */
    @Override
    public void add(Grant grant) {
      grants.add(
          new Grant(
              grant.id(),
              shared(grant.sourceId()),
              shared(grant.principalId()),
              shared(grant.permission()),
              shared(grant.resource()),
              grant.privilege(),
              grant.origin(),
              grant.viaId() == null ? null : shared(grant.viaId()),
              grant.condition() == null ? null : shared(grant.condition()),
              grant.lastUsedAt()));
    }

    private String shared(String text) {
      return strings.computeIfAbsent(text, t -> t);
    }

    @Override
    public void add(Delegation delegation) {
      delegations.add(delegation);
    }

    @Override
    public void add(Resource resource) {
      resources.put(resource.id(), resource);
    }

    @Override
    public void add(LineageRecord record) {
      lineage.add(record);
    }

    @Override
    public void add(AccessEvent event) {
      events.add(event);
    }

    @Override
    public void add(Alert alert) {
      alerts.add(alert);
    }

    public Estate build() {
      return new Estate(this);
    }
  }
}
