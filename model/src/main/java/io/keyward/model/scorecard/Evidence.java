package io.keyward.model.scorecard;

import java.util.List;

/**
 * The items of one kind a criterion counted against the estate, by id, in a stable order.
 *
 * @param what what these items are, e.g. "agents without an active owner"
 */
public record Evidence(EvidenceKind kind, String what, List<String> ids) {
  public Evidence {
    ids = List.copyOf(ids);
  }

  public int count() {
    return ids.size();
  }
}
