package io.keyward.model.risk;

/** The factors a risk score is made of, each with the most points it can add. */
public enum RiskFactorKind {
  PRIVILEGE_BREADTH("Privilege breadth", 25),
  SENSITIVE_DATA("Sensitive data exposure", 15),
  CREDENTIAL_AGE("Credential age and lifetime", 20),
  UNUSED_GRANTS("Unused grants", 10),
  DELEGATION("Delegation depth and escalation", 15),
  MISSING_OWNER("Missing or inactive owner", 15),
  OPEN_ALERTS("Open alerts", 25),
  LINEAGE_REACH("Lineage reach", 10);

  private final String label;
  private final int maxPoints;

  RiskFactorKind(String label, int maxPoints) {
    this.label = label;
    this.maxPoints = maxPoints;
  }

  public String label() {
    return label;
  }

  public int maxPoints() {
    return maxPoints;
  }
}
