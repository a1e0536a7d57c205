package io.keyward.app.page.scorecard;

import io.keyward.model.scorecard.EvidenceKind;
import java.util.Set;

/**
 * A request to show exactly some items in their inventory: the evidence of one criterion.
 *
 * @param label what the inventory's preset chip says, e.g. the criterion's title
 */
public record EvidenceDrilldown(String label, EvidenceKind kind, Set<String> ids) {
  public EvidenceDrilldown {
    ids = Set.copyOf(ids);
  }
}
