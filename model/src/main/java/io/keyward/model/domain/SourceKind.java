package io.keyward.model.domain;

/** Every kind of system Keyward reads, grouped by what it can show. */
public enum SourceKind {
  AWS_IAM("AWS IAM", Category.IDENTITY),
  ENTRA_ID("Microsoft Entra ID", Category.IDENTITY),
  GCP_IAM("Google Cloud IAM", Category.IDENTITY),
  KEYCLOAK("Keycloak", Category.IDENTITY),
  MLFLOW("MLflow", Category.MODEL_REGISTRY),
  HUGGING_FACE("Hugging Face", Category.MODEL_REGISTRY),
  OPENLINEAGE("OpenLineage", Category.LINEAGE),
  OCSF("OCSF findings", Category.ALERT_FEED),
  GUARDDUTY("AWS GuardDuty", Category.ALERT_FEED),
  CAEP("CAEP / Shared Signals", Category.ALERT_FEED),
  CLOUDTRAIL("AWS CloudTrail", Category.EVENT_LOG);

  /** What a source of this kind contributes; the scorecard asks for categories, not kinds. */
  public enum Category {
    IDENTITY,
    MODEL_REGISTRY,
    LINEAGE,
    ALERT_FEED,
    EVENT_LOG
  }

  private final String displayName;
  private final Category category;

  SourceKind(String displayName, Category category) {
    this.displayName = displayName;
    this.category = category;
  }

  public String displayName() {
    return displayName;
  }

  public Category category() {
    return category;
  }
}
