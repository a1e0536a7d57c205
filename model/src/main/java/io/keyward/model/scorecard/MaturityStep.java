package io.keyward.model.scorecard;

/** The four steps of the maturity model for agentic IAM, lowest first. */
public enum MaturityStep {
  AD_HOC(1, "Ad hoc", "Agents use human or shared credentials; there is no inventory."),
  FOUNDATION(
      2,
      "Foundation",
      "Every agent has its own owned identity, its access traces to a delegation, activity is"
          + " auditable."),
  ENHANCED(
      3,
      "Enhanced",
      "Short-lived credentials, least privilege, no widening delegation, live detection, lineage"
          + " with identities."),
  ADAPTIVE(
      4,
      "Adaptive",
      "Continuous access evaluation, contextual access, revocation in minutes, phishing-resistant"
          + " operators.");

  private final int number;
  private final String title;
  private final String summary;

  MaturityStep(int number, String title, String summary) {
    this.number = number;
    this.title = title;
    this.summary = summary;
  }

  /** 1 to 4. */
  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public static MaturityStep ofNumber(int number) {
    for (MaturityStep step : values()) {
      if (step.number == number) {
        return step;
      }
    }
    throw new IllegalArgumentException("no maturity step " + number);
  }
}
