package io.keyward.model.demo;

import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;

/**
 * The connected systems of the demo company, Demo Corp. Their ids prefix every item id, so an id
 * like {@code aws:111122223333:user/ci-bot} says where the item came from.
 */
final class DemoSources {
  static final String AWS_ACCOUNT = "111122223333";

  static final Source ENTRA =
      new Source(
          "entra:demo-corp",
          SourceKind.ENTRA_ID,
          "Demo Corp Entra ID",
          "tenant 5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f");
  static final Source AWS =
      new Source(
          "aws:" + AWS_ACCOUNT,
          SourceKind.AWS_IAM,
          "AWS prod (" + AWS_ACCOUNT + ")",
          "account " + AWS_ACCOUNT);
  static final Source GCP =
      new Source(
          "gcp:demo-ml-prod", SourceKind.GCP_IAM, "GCP demo-ml-prod", "projects/demo-ml-prod");
  static final Source KEYCLOAK =
      new Source(
          "keycloak:agents",
          SourceKind.KEYCLOAK,
          "Keycloak realm agents",
          "https://sso.demo-corp.example/realms/agents");
  static final Source MLFLOW =
      new Source(
          "mlflow:registry",
          SourceKind.MLFLOW,
          "MLflow model registry",
          "https://mlflow.demo-corp.example");
  static final Source HUGGING_FACE =
      new Source(
          "hf:demo-corp-ml",
          SourceKind.HUGGING_FACE,
          "Hugging Face org demo-corp-ml",
          "https://huggingface.co/demo-corp-ml");
  static final Source OPENLINEAGE =
      new Source(
          "openlineage:airflow-prod",
          SourceKind.OPENLINEAGE,
          "Airflow prod lineage",
          "/var/lib/keyward/lineage/airflow-prod.ndjson");
  static final Source SOC_FINDINGS =
      new Source(
          "ocsf:soc-detections",
          SourceKind.OCSF,
          "SOC detections (OCSF)",
          "/var/lib/keyward/alerts/soc-detections.ocsf.jsonl");
  static final Source LEGACY_SIEM =
      new Source(
          "ocsf:legacy-siem",
          SourceKind.OCSF,
          "Legacy SIEM export (OCSF)",
          "/var/lib/keyward/alerts/legacy-siem-export.ocsf.jsonl");
  static final Source GUARDDUTY =
      new Source(
          "guardduty:" + AWS_ACCOUNT + ":us-east-1",
          SourceKind.GUARDDUTY,
          "GuardDuty us-east-1",
          "detector 12abc34d567e8fa901bc2d34e56789f0");
  static final Source CAEP =
      new Source(
          "caep:receiver",
          SourceKind.CAEP,
          "Shared Signals receiver",
          "https://keyward.demo-corp.example/ssf/events");
  static final Source CLOUDTRAIL =
      new Source(
          "cloudtrail:" + AWS_ACCOUNT + ":org-trail",
          SourceKind.CLOUDTRAIL,
          "CloudTrail org-trail",
          "arn:aws:cloudtrail:us-east-1:" + AWS_ACCOUNT + ":trail/org-trail");

  private DemoSources() {}
}
