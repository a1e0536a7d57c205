package io.keyward.connectors.openlineage;

import io.keyward.connectors.openlineage.EventFile.ReadEvent;
import io.keyward.connectors.openlineage.OpenLineageWire.Dataset;
import io.keyward.connectors.openlineage.OpenLineageWire.Event;
import io.keyward.connectors.openlineage.OpenLineageWire.Owner;
import io.keyward.model.domain.RunState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One run put together from all its events. Producers spread a run over START, RUNNING and a
 * terminal event and often send inputs and outputs only on some of them, so datasets and owners are
 * the union over the run's events; the state is the last terminal event's (a run with none is still
 * running); the start is its earliest event and the end its terminal one.
 */
record MergedRun(
    String runId,
    String namespace,
    String job,
    RunState state,
    Instant startedAt,
    @Nullable Instant endedAt,
    List<Dataset> inputs,
    List<Dataset> outputs,
    @Nullable String producer,
    List<Owner> owners) {

  /** Merges the run events among {@code events} by run id, in order of each run's first event. */
  static List<MergedRun> merge(List<ReadEvent> events) {
    Map<String, List<ReadEvent>> byRun = new LinkedHashMap<>();
    Set<List<String>> seen = new HashSet<>();
    for (ReadEvent read : events) {
      Event event = read.event();
      if (event.run() == null) {
        continue;
      }
      String runId = event.run().runId();
      // Transports retry: the same event twice is one event.
      if (seen.add(List.of(runId, String.valueOf(event.eventType()), read.time().toString()))) {
        byRun.computeIfAbsent(runId, id -> new ArrayList<>()).add(read);
      }
    }
    return byRun.entrySet().stream().map(e -> of(e.getKey(), e.getValue())).toList();
  }

  private static MergedRun of(String runId, List<ReadEvent> unordered) {
    List<ReadEvent> events =
        unordered.stream().sorted(Comparator.comparing(ReadEvent::time)).toList();
    Event first = events.get(0).event();
    RunState state = RunState.RUNNING;
    Instant ended = null;
    Set<Dataset> inputs = new LinkedHashSet<>();
    Set<Dataset> outputs = new LinkedHashSet<>();
    Set<Owner> owners = new LinkedHashSet<>();
    for (ReadEvent read : events) {
      Event event = read.event();
      RunState terminal = terminalState(event.eventType());
      if (terminal != null) {
        state = terminal;
        ended = read.time();
      }
      inputs.addAll(named(event.inputList()));
      outputs.addAll(named(event.outputList()));
      if (event.job().facets() != null
          && event.job().facets().ownership() != null
          && event.job().facets().ownership().owners() != null) {
        owners.addAll(event.job().facets().ownership().owners());
      }
    }
    return new MergedRun(
        runId,
        first.job().namespace(),
        first.job().name(),
        state,
        events.get(0).time(),
        ended,
        List.copyOf(inputs),
        List.copyOf(outputs),
        first.producer(),
        List.copyOf(owners));
  }

  /** Datasets that say which dataset they are; a nameless entry cannot be linked to anything. */
  static List<Dataset> named(List<Dataset> datasets) {
    return datasets.stream()
        .filter(d -> d != null && d.namespace() != null && d.name() != null)
        .filter(d -> !d.namespace().isBlank() && !d.name().isBlank())
        .toList();
  }

  private static @Nullable RunState terminalState(@Nullable String eventType) {
    if (eventType == null) {
      return null;
    }
    return switch (eventType) {
      case "COMPLETE" -> RunState.COMPLETED;
      case "FAIL" -> RunState.FAILED;
      case "ABORT" -> RunState.ABORTED;
      default -> null; // START, RUNNING, OTHER and values newer specs add
    };
  }
}
