package io.keyward.model.lineage;

import io.keyward.model.domain.LineageRecord;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A lineage record with its references resolved: the identity that ran it and the resources it read
 * and wrote.
 *
 * @param actor null when the source recorded nobody
 */
public record LineageRun(
    LineageRecord record,
    @Nullable RunActor actor,
    List<ResourceRef> inputs,
    List<ResourceRef> outputs) {

  public LineageRun {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }
}
