package io.keyward.model.scorecard;

/** One requirement of a maturity step, checked against an estate. */
public interface Criterion {
  CriterionInfo info();

  /**
   * PASS, FAIL with the failing items as evidence, or UNKNOWN when no connected source could show
   * it.
   */
  Finding evaluate(Estate estate, Thresholds thresholds);
}
