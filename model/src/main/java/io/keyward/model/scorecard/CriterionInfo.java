package io.keyward.model.scorecard;

import java.util.List;
import java.util.Set;

/**
 * What a criterion is, independent of any estate.
 *
 * @param id stable identifier used in JSON output and the history, e.g. {@code active-owner}
 * @param title the requirement as a sentence that is true when it passes
 * @param remediation what to do when it fails
 * @param effort what fixing one of its items takes
 */
public record CriterionInfo(
    String id,
    MaturityStep step,
    String title,
    String remediation,
    Effort effort,
    Set<Risk> risks,
    List<Control> controls) {

  public CriterionInfo {
    risks = Set.copyOf(risks);
    controls = List.copyOf(controls);
  }
}
