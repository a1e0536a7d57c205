package io.keyward.model.demo;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole estate in memory, in write order: for tests at DEMO scale only. */
final class CollectedEstate implements EstateSink {
  static final Instant AS_OF = Instant.parse("2026-11-23T09:00:00Z");

  final List<Source> sources = new ArrayList<>();
  final List<Object> stream = new ArrayList<>();
  final List<Identity> identities = new ArrayList<>();
  final List<Credential> credentials = new ArrayList<>();
  final List<Grant> grants = new ArrayList<>();
  final List<Delegation> delegations = new ArrayList<>();
  final List<Resource> resources = new ArrayList<>();
  final List<LineageRecord> lineage = new ArrayList<>();
  final List<AccessEvent> events = new ArrayList<>();
  final List<Alert> alerts = new ArrayList<>();

  static CollectedEstate demo(long seed) {
    return of(DemoScale.DEMO, seed, AS_OF);
  }

  static CollectedEstate of(DemoScale scale, long seed, Instant asOf) {
    CollectedEstate estate = new CollectedEstate();
    DemoEstate.write(
        scale,
        seed,
        asOf,
        (source, contents) -> {
          estate.sources.add(source);
          estate.stream.add(source);
          contents.accept(estate);
        });
    return estate;
  }

  Identity identity(String id) {
    return identities.stream()
        .filter(i -> i.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException(id));
  }

  Map<String, Identity> identitiesById() {
    return identities.stream().collect(Collectors.toMap(Identity::id, Function.identity()));
  }

  List<Grant> grantsOf(String principal) {
    return grants.stream().filter(g -> g.principalId().equals(principal)).toList();
  }

  List<Credential> credentialsOf(String holder) {
    return credentials.stream().filter(c -> c.identityId().equals(holder)).toList();
  }

  List<Delegation> delegationsTo(String to) {
    return delegations.stream().filter(d -> d.toId().equals(to)).toList();
  }

  @Override
  public void add(Identity item) {
    identities.add(item);
    stream.add(item);
  }

  @Override
  public void add(Credential item) {
    credentials.add(item);
    stream.add(item);
  }

  @Override
  public void add(Grant item) {
    grants.add(item);
    stream.add(item);
  }

  @Override
  public void add(Delegation item) {
    delegations.add(item);
    stream.add(item);
  }

  @Override
  public void add(Resource item) {
    resources.add(item);
    stream.add(item);
  }

  @Override
  public void add(LineageRecord item) {
    lineage.add(item);
    stream.add(item);
  }

  @Override
  public void add(AccessEvent item) {
    events.add(item);
    stream.add(item);
  }

  @Override
  public void add(Alert item) {
    alerts.add(item);
    stream.add(item);
  }
}
