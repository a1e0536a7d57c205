package io.keyward.connectors.openlineage;

import io.keyward.connectors.MappedItems;
import io.keyward.connectors.openlineage.EventFile.ReadEvent;
import io.keyward.connectors.openlineage.OpenLineageWire.Dataset;
import io.keyward.connectors.openlineage.OpenLineageWire.Event;
import io.keyward.connectors.openlineage.OpenLineageWire.Owner;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * OpenLineage events to lineage records and resources: one record per run (its events merged), one
 * resource per dataset any event names. The identity of a run is what the first matching owner rule
 * names, else the job's first ownership facet owner without its {@code user:} style prefix, else
 * nobody; either way a reference the lineage analysis resolves to an identity when it reads.
 */
final class OpenLineageMapper {
  /** Ownership names are typed, e.g. {@code user:alice@example.com}, {@code team:ml-platform}. */
  private static final Pattern OWNER_TYPE =
      Pattern.compile("^(user|application|team|group|service):");

  private final String sourceId;
  private final OwnerRules rules;

  OpenLineageMapper(String sourceId, OwnerRules rules) {
    this.sourceId = sourceId;
    this.rules = rules;
  }

  MappedItems map(List<ReadEvent> events) {
    Map<String, Resource> resources = new LinkedHashMap<>();
    for (ReadEvent read : events) {
      Event event = read.event();
      List<Dataset> datasets = new ArrayList<>(MergedRun.named(event.inputList()));
      datasets.addAll(MergedRun.named(event.outputList()));
      if (event.dataset() != null) {
        datasets.addAll(MergedRun.named(List.of(event.dataset())));
      }
      for (Dataset dataset : datasets) {
        DatasetRef ref = DatasetRef.of(sourceId, dataset);
        resources.putIfAbsent(ref.id(), ref.resource(sourceId));
      }
    }
    List<LineageRecord> runs = new ArrayList<>();
    for (MergedRun run : MergedRun.merge(events)) {
      runs.add(
          new LineageRecord(
              sourceId + ":run/" + run.runId(),
              sourceId,
              run.runId(),
              run.job(),
              identity(run),
              run.state(),
              run.startedAt(),
              run.endedAt(),
              ids(run.inputs()),
              ids(run.outputs()),
              run.producer()));
    }
    return new MappedItems(
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.copyOf(resources.values()),
        runs,
        List.of(),
        List.of());
  }

  private @Nullable String identity(MergedRun run) {
    String ruled = rules.identity(run.namespace(), run.job(), run.producer());
    if (ruled != null) {
      return ruled;
    }
    for (Owner owner : run.owners()) {
      if (owner.name() != null && !owner.name().isBlank()) {
        return OWNER_TYPE.matcher(owner.name().strip()).replaceFirst("");
      }
    }
    return null;
  }

  private List<String> ids(List<Dataset> datasets) {
    return datasets.stream().map(d -> DatasetRef.of(sourceId, d).id()).distinct().toList();
  }
}
