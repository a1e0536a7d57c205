package io.keyward.model.lineage;

import io.keyward.model.domain.Resource;
import java.util.List;

/**
 * Where a model version came from: the runs that wrote it (newest first), each with its identity
 * and the datasets it read. Empty runs mean no connected source recorded how it was made.
 */
public record Provenance(Resource version, List<LineageRun> runs) {
  public Provenance {
    runs = List.copyOf(runs);
  }
}
