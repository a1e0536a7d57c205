package io.keyward.model.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One run of a job (training, evaluation, publishing): who ran it, what it read, what it wrote.
 * Kept apart from access events: a poisoned pipeline shows here even when its access looked normal.
 *
 * @param identityId the identity that ran it, when it could be established
 * @param inputIds resources read (datasets, base models)
 * @param outputIds resources written (models, model versions, datasets)
 * @param producer the software that reported the run, e.g. an OpenLineage producer URI
 */
public record LineageRecord(
    String id,
    String sourceId,
    String runId,
    String job,
    @Nullable String identityId,
    RunState state,
    Instant startedAt,
    @Nullable Instant endedAt,
    List<String> inputIds,
    List<String> outputIds,
    @Nullable String producer) {

  public LineageRecord {
    Require.text(id, "lineage id");
    Require.text(sourceId, "lineage source");
    Require.text(runId, "lineage run id");
    Require.text(job, "lineage job");
    Require.present(state, "lineage state");
    Require.present(startedAt, "lineage start");
    inputIds = Require.list(inputIds, "lineage inputs");
    outputIds = Require.list(outputIds, "lineage outputs");
    if (endedAt != null && endedAt.isBefore(startedAt)) {
      throw new IllegalArgumentException("lineage run " + runId + " ends before it starts");
    }
  }
}
