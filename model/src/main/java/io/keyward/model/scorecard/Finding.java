package io.keyward.model.scorecard;

import java.util.Arrays;
import java.util.List;

/**
 * A criterion evaluated on one estate.
 *
 * @param explanation what was measured, with the numbers, in one or two sentences
 * @param checked how many items the criterion looked at (0 when it had nothing to look at)
 * @param evidence the items that fail it, by kind; empty when it passes or is unknown
 */
public record Finding(
    CriterionInfo criterion,
    Status status,
    String explanation,
    long checked,
    List<Evidence> evidence) {

  public Finding {
    evidence = evidence.stream().filter(e -> e.count() > 0).toList();
  }

  static Finding pass(CriterionInfo criterion, long checked, String explanation) {
    return new Finding(criterion, Status.PASS, explanation, checked, List.of());
  }

  static Finding fail(
      CriterionInfo criterion, long checked, String explanation, Evidence... evidence) {
    return new Finding(criterion, Status.FAIL, explanation, checked, Arrays.asList(evidence));
  }

  static Finding unknown(CriterionInfo criterion, String explanation) {
    return new Finding(criterion, Status.UNKNOWN, explanation, 0, List.of());
  }

  /** Unknown, because there is nothing to judge the criterion on without an identity source. */
  static Finding withoutIdentitySource(CriterionInfo criterion) {
    return unknown(criterion, "No identity source is connected.");
  }

  /** Passes when {@code evidence} is empty, fails naming it otherwise. */
  static Finding failIfAny(
      CriterionInfo criterion, long checked, String passed, String failed, Evidence... evidence) {
    boolean any = Arrays.stream(evidence).anyMatch(e -> e.count() > 0);
    return any ? fail(criterion, checked, failed, evidence) : pass(criterion, checked, passed);
  }

  public String id() {
    return criterion.id();
  }

  /** Evidence items of every kind. */
  public int evidenceCount() {
    return evidence.stream().mapToInt(Evidence::count).sum();
  }
}
