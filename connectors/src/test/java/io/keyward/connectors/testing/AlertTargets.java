package io.keyward.connectors.testing;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.SyncSession;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The identities and credentials the alert fixtures name, as the identity connectors would have
 * loaded them: ids, ARNs, object ids, emails and key ids in each source's own form.
 */
public final class AlertTargets {
  public static final String CI_BOT = "aws:111122223333:user/ci-bot";
  public static final String CI_BOT_KEY = CI_BOT + "/key/AKIAQ3EGUJ4Y5CIBOT01";
  public static final String TRAINING_ROLE = "aws:111122223333:role/TrainingJobRole";
  public static final String ERIN = "entra:demo-corp:user/5f1c2d3e-1111-4c7d-9e0f-1a2b3c4d5e6f";
  public static final String LOOKALIKE_APP = "entra:demo-corp:sp/trainingjobrole";
  public static final String SVC_TRAINER = "keycloak:agents:user/svc-trainer";
  public static final String SVC_TRAINER_SESSION = SVC_TRAINER + "/session/d4e5f6a7";
  public static final String STAGING_TRAINER = "keycloak:staging:user/svc-trainer";
  public static final String GCP_TRAINER = "gcp:ml-prod:sa/trainer@ml-prod.iam.gserviceaccount.com";
  public static final String TRAINER_UUID = "7f0c9a4e-2b1d-4c3e-9f8a-6b5d4c3b2a19";

  private static final Instant CREATED = Instant.parse("2025-06-01T00:00:00Z");

  private AlertTargets() {}

  public static void load(Cache cache) {
    Source aws = new Source("aws:111122223333", SourceKind.AWS_IAM, "AWS prod", "account 1111");
    try (SyncSession s = cache.beginSync(aws)) {
      s.add(identity(CI_BOT, aws, "arn:aws:iam::111122223333:user/ci-bot", "ci-bot", null));
      s.add(
          identity(
              TRAINING_ROLE,
              aws,
              "arn:aws:iam::111122223333:role/service-role/TrainingJobRole",
              "TrainingJobRole",
              null));
      s.add(credential(CI_BOT_KEY, aws, CI_BOT, CredentialKind.ACCESS_KEY, "AKIAQ3EGUJ4Y5CIBOT01"));
      s.complete();
    }
    Source entra = new Source("entra:demo-corp", SourceKind.ENTRA_ID, "Entra", "tenant 5f1c");
    try (SyncSession s = cache.beginSync(entra)) {
      s.add(
          identity(
              ERIN,
              entra,
              "5f1c2d3e-1111-4c7d-9e0f-1a2b3c4d5e6f",
              "Erin Walsh",
              "erin.walsh@demo-corp.example"));
      s.add(
          identity(
              LOOKALIKE_APP,
              entra,
              "0a1b2c3d-2222-4c7d-9e0f-1a2b3c4d5e6f",
              "TrainingJobRole",
              null));
      s.complete();
    }
    Source realm =
        new Source(
            "keycloak:agents",
            SourceKind.KEYCLOAK,
            "Keycloak agents",
            "https://sso.example.com/realms/agents");
    try (SyncSession s = cache.beginSync(realm)) {
      s.add(identity(SVC_TRAINER, realm, TRAINER_UUID, "svc-trainer", null));
      s.add(
          credential(
              SVC_TRAINER_SESSION,
              realm,
              SVC_TRAINER,
              CredentialKind.SESSION,
              "d4e5f6a7-0b1c-4d2e-8f3a-9b0c1d2e3f4a"));
      s.complete();
    }
    Source staging =
        new Source(
            "keycloak:staging",
            SourceKind.KEYCLOAK,
            "Keycloak staging (a copy of agents)",
            "https://sso-staging.example.com/realms/agents");
    try (SyncSession s = cache.beginSync(staging)) {
      s.add(identity(STAGING_TRAINER, staging, TRAINER_UUID, "svc-trainer", null));
      s.complete();
    }
    Source gcp = new Source("gcp:ml-prod", SourceKind.GCP_IAM, "GCP ml-prod", "projects/ml-prod");
    try (SyncSession s = cache.beginSync(gcp)) {
      s.add(
          identity(
              GCP_TRAINER,
              gcp,
              "104512345678901234567",
              "trainer",
              "trainer@ml-prod.iam.gserviceaccount.com"));
      s.complete();
    }
  }

  private static Identity identity(
      String id, Source source, String externalId, String name, @Nullable String email) {
    return new Identity(
        id,
        source.id(),
        externalId,
        IdentityKind.SERVICE_ACCOUNT,
        name,
        email,
        IdentityStatus.ENABLED,
        CREATED,
        null,
        "test",
        Map.of());
  }

  private static Credential credential(
      String id, Source source, String holder, CredentialKind kind, String externalId) {
    return new Credential(
        id,
        source.id(),
        holder,
        kind,
        externalId,
        externalId,
        CredentialStatus.ACTIVE,
        CREATED,
        null,
        null,
        null,
        List.of());
  }
}
