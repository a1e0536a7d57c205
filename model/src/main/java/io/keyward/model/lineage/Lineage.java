package io.keyward.model.lineage;

import io.keyward.model.cache.LineageQueries;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import io.keyward.model.domain.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The lineage of the estate as last synced: every run with its identity and resources resolved.
 * Answers which runs produced a model version from which datasets, what an identity touched, and
 * who could have altered a model version. Read once with {@link #read}; the answers reflect that
 * moment.
 */
public final class Lineage {
  private final LineageQueries queries;
  private final Instant now;
  private final ResourceIndex resources;
  private final List<Resource> models;
  private final List<LineageRun> runs;
  private final List<RunActor> actors;

  private Lineage(
      LineageQueries queries,
      Instant now,
      ResourceIndex resources,
      List<Resource> models,
      List<LineageRun> runs,
      List<RunActor> actors) {
    this.queries = queries;
    this.now = now;
    this.resources = resources;
    this.models = models;
    this.runs = runs;
    this.actors = actors;
  }

  /**
   * Reads the runs and resources and resolves who ran each run.
   *
   * @param now delegations that expired before it no longer give anyone access
   */
  public static Lineage read(LineageQueries queries, Instant now) {
    List<Resource> all = queries.resources();
    ResourceIndex index = new ResourceIndex(all, queries.sources());
    List<LineageRecord> records = queries.runs();
    Set<String> references = new LinkedHashSet<>();
    records.forEach(r -> references.add(r.identityId()));
    references.remove(null);
    RunActors actors = new RunActors(references, queries);
    List<LineageRun> runs = new ArrayList<>();
    for (LineageRecord record : records) {
      runs.add(
          new LineageRun(
              record,
              record.identityId() == null ? null : actors.actor(record.identityId()),
              record.inputIds().stream().map(index::ref).toList(),
              record.outputIds().stream().map(index::ref).toList()));
    }
    List<RunActor> byName =
        actors.all().stream()
            .distinct()
            .sorted(Comparator.comparing(RunActor::name).thenComparing(RunActor::id))
            .toList();
    return new Lineage(queries, now, index, models(all), List.copyOf(runs), byName);
  }

  /**
   * The model versions in the cache, and the models that have no versions (a Hugging Face repo), by
   * name.
   */
  public List<Resource> models() {
    return models;
  }

  /** Every run, newest first. */
  public List<LineageRun> runs() {
    return runs;
  }

  /** Everyone recorded as running a run, resolved where possible, by name. */
  public List<RunActor> actors() {
    return actors;
  }

  /** The runs that wrote {@code versionId} (or a resource naming the same thing), newest first. */
  public Provenance provenance(String versionId) {
    Resource version = resources.ref(versionId).resource();
    if (version == null) {
      throw new IllegalArgumentException("no model version " + versionId + " in the cache");
    }
    List<LineageRun> producing =
        runs.stream()
            .filter(run -> run.outputs().stream().anyMatch(o -> resources.same(versionId, o.id())))
            .toList();
    return new Provenance(version, producing);
  }

  /**
   * What {@code actorId} touched: the runs it is recorded as running (an identity id, or the raw
   * reference of an unmatched run user), the datasets they read and what they wrote.
   */
  public Optional<IdentityActivity> activity(String actorId) {
    Optional<RunActor> actor = actors.stream().filter(a -> a.id().equals(actorId)).findFirst();
    if (actor.isEmpty()) {
      return Optional.empty();
    }
    List<LineageRun> theirs =
        runs.stream()
            .filter(run -> run.actor() != null && run.actor().id().equals(actorId))
            .toList();
    Map<String, ResourceRef> read = new LinkedHashMap<>();
    Map<String, ResourceRef> written = new LinkedHashMap<>();
    for (LineageRun run : theirs) {
      run.inputs().forEach(ref -> read.putIfAbsent(ref.id(), ref));
      run.outputs().forEach(ref -> written.putIfAbsent(ref.id(), ref));
    }
    return Optional.of(
        new IdentityActivity(
            actor.get(), theirs, List.copyOf(read.values()), List.copyOf(written.values())));
  }

  /**
   * Who could have altered {@code versionId}: whoever ran a run that wrote it, whoever can write a
   * dataset such a run read, the version, its model or the registry holding it, and everyone who
   * can act through any of them along delegations, however many hops away.
   */
  public AlterationReport whoCouldAlter(String versionId) {
    Provenance provenance = provenance(versionId);
    List<Alterer> direct = new ArrayList<>();
    for (LineageRun run : provenance.runs()) {
      if (run.actor() != null) {
        direct.add(
            new Alterer(
                run.actor().id(),
                run.actor().name(),
                AccessBasis.RAN_PRODUCING_RUN,
                run.actor().id(),
                runDetail(run.record()),
                List.of()));
      }
    }
    direct.addAll(writers(versionId, provenance));

    DelegationReach reach = new DelegationReach(queries, now);
    Map<List<String>, Alterer> shortest = new LinkedHashMap<>();
    for (Alterer holder : direct) {
      keepShortest(shortest, holder);
      reach
          .actorsThrough(holder.holderId())
          .forEach(
              (origin, chain) ->
                  keepShortest(
                      shortest,
                      new Alterer(
                          origin,
                          origin,
                          holder.basis(),
                          holder.holderId(),
                          holder.detail(),
                          chain)));
    }
    Map<String, String> names = names(shortest.values());
    List<Alterer> alterers =
        shortest.values().stream()
            .map(
                a ->
                    new Alterer(
                        a.identityId(),
                        names.getOrDefault(a.identityId(), a.name()),
                        a.basis(),
                        a.holderId(),
                        a.detail(),
                        a.chain()))
            .sorted(
                Comparator.comparingInt((Alterer a) -> a.chain().size())
                    .thenComparing(Alterer::basis)
                    .thenComparing(Alterer::name)
                    .thenComparing(Alterer::detail))
            .toList();
    return new AlterationReport(provenance, alterers, names);
  }

  /** Holders of write or admin grants on the inputs, the version, its model or its registry. */
  private List<Alterer> writers(String versionId, Provenance provenance) {
    Set<String> inputs = new LinkedHashSet<>();
    provenance.runs().forEach(run -> run.inputs().forEach(ref -> inputs.add(ref.id())));
    Map<String, Set<String>> inputNames = new LinkedHashMap<>();
    Set<String> asked = new HashSet<>();
    for (String input : inputs) {
      inputNames.put(input, resources.names(input));
      asked.addAll(inputNames.get(input));
      resources.sourcesOf(input).forEach(s -> asked.addAll(sourceNames(s)));
    }
    Set<String> versionNames = resources.names(versionId);
    Set<Source> registries = resources.sourcesOf(versionId);
    asked.addAll(versionNames);
    registries.forEach(s -> asked.addAll(sourceNames(s)));

    List<Alterer> writers = new ArrayList<>();
    for (Grant grant : queries.writeGrants(asked)) {
      GrantReach onVersion = GrantReach.of(grant, versionNames, registries);
      if (onVersion != GrantReach.NONE) {
        AccessBasis basis =
            onVersion == GrantReach.SOURCE ? AccessBasis.WRITES_REGISTRY : AccessBasis.WRITES_MODEL;
        writers.add(holder(grant, basis, grantDetail(grant)));
      }
      for (var input : inputNames.entrySet()) {
        Set<Source> holding = resources.sourcesOf(input.getKey());
        if (GrantReach.of(grant, input.getValue(), holding) != GrantReach.NONE) {
          String dataset = resources.ref(input.getKey()).name();
          writers.add(
              holder(grant, AccessBasis.WRITES_INPUT, grantDetail(grant) + " (" + dataset + ")"));
        }
      }
    }
    return writers;
  }

  private static Alterer holder(Grant grant, AccessBasis basis, String detail) {
    return new Alterer(
        grant.principalId(), grant.principalId(), basis, grant.principalId(), detail, List.of());
  }

  private static List<String> sourceNames(Source source) {
    return List.of(source.id(), source.location());
  }

  private static void keepShortest(Map<List<String>, Alterer> shortest, Alterer candidate) {
    List<String> key =
        List.of(
            candidate.identityId(),
            candidate.basis().name(),
            candidate.holderId(),
            candidate.detail());
    Alterer known = shortest.get(key);
    if (known == null || candidate.chain().size() < known.chain().size()) {
      shortest.put(key, candidate);
    }
  }

  private Map<String, String> names(Iterable<Alterer> alterers) {
    Set<String> ids = new LinkedHashSet<>();
    for (Alterer alterer : alterers) {
      ids.add(alterer.identityId());
      ids.add(alterer.holderId());
      for (Delegation edge : alterer.chain()) {
        ids.add(edge.fromId());
        ids.add(edge.toId());
      }
    }
    Map<String, String> names = new HashMap<>();
    for (Identity identity : queries.identitiesNamed(ids)) {
      if (ids.contains(identity.id())) {
        names.put(identity.id(), identity.name());
      }
    }
    for (RunActor actor : actors) {
      names.putIfAbsent(actor.id(), actor.name());
    }
    return names;
  }

  private static String runDetail(LineageRecord record) {
    return "run " + shortId(record.runId()) + " of " + record.job() + " (" + record.state() + ")";
  }

  private static String grantDetail(Grant grant) {
    return grant.permission() + " on " + grant.resource();
  }

  private static String shortId(String runId) {
    return runId.length() <= 12 ? runId : runId.substring(0, 8) + "…";
  }

  private static List<Resource> models(List<Resource> all) {
    Set<String> withVersions = new HashSet<>();
    all.stream()
        .filter(r -> r.kind() == ResourceKind.MODEL_VERSION)
        .map(Resource::parentId)
        .filter(Objects::nonNull)
        .forEach(withVersions::add);
    return all.stream()
        .filter(
            r ->
                r.kind() == ResourceKind.MODEL_VERSION
                    || (r.kind() == ResourceKind.MODEL && !withVersions.contains(r.id())))
        .sorted(
            Comparator.comparing(Resource::name, NaturalOrder.INSTANCE).thenComparing(Resource::id))
        .toList();
  }
}
