package io.keyward.model.scorecard;

/**
 * One thing between the estate and its next step, with a rough cost.
 *
 * @param points the criterion's effort per item times its failing items; an unknown criterion costs
 *     one {@link Effort#HIGH} item (connecting what could show it)
 * @param action what to do, in a sentence
 */
public record NextMove(Finding finding, int points, String action) {

  static NextMove of(Finding finding) {
    CriterionInfo criterion = finding.criterion();
    if (finding.status() == Status.UNKNOWN) {
      return new NextMove(
          finding,
          Effort.HIGH.weight(),
          "Make it measurable: " + lowerFirst(finding.explanation()));
    }
    int items = Math.max(1, finding.evidenceCount());
    return new NextMove(finding, items * criterion.effort().weight(), criterion.remediation());
  }

  /** LOW, MEDIUM or HIGH, from the points: how an analyst would size it. */
  public Effort size() {
    if (points <= 3) {
      return Effort.LOW;
    }
    return points <= 24 ? Effort.MEDIUM : Effort.HIGH;
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
