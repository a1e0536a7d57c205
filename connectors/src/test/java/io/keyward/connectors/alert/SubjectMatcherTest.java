package io.keyward.connectors.alert;

import static io.keyward.connectors.testing.AlertTargets.CI_BOT;
import static io.keyward.connectors.testing.AlertTargets.CI_BOT_KEY;
import static io.keyward.connectors.testing.AlertTargets.ERIN;
import static io.keyward.connectors.testing.AlertTargets.GCP_TRAINER;
import static io.keyward.connectors.testing.AlertTargets.STAGING_TRAINER;
import static io.keyward.connectors.testing.AlertTargets.SVC_TRAINER;
import static io.keyward.connectors.testing.AlertTargets.SVC_TRAINER_SESSION;
import static io.keyward.connectors.testing.AlertTargets.TRAINER_UUID;
import static io.keyward.connectors.testing.AlertTargets.TRAINING_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.connectors.alert.SubjectRef.AwsRole;
import io.keyward.connectors.alert.SubjectRef.AwsUser;
import io.keyward.connectors.alert.SubjectRef.CredentialId;
import io.keyward.connectors.alert.SubjectRef.Email;
import io.keyward.connectors.alert.SubjectRef.ExternalId;
import io.keyward.connectors.alert.SubjectRef.IssuerSubject;
import io.keyward.connectors.alert.SubjectRef.Name;
import io.keyward.connectors.testing.AlertTargets;
import io.keyward.model.cache.Cache;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubjectMatcherTest {
  @TempDir Path dir;
  private Cache cache;
  private SubjectMatcher matcher;

  @BeforeEach
  void open() {
    cache = Cache.open(dir.resolve("cache.db"));
    AlertTargets.load(cache);
    matcher = new SubjectMatcher(cache.repository());
  }

  @AfterEach
  void close() {
    cache.close();
  }

  private SubjectMatch match(SubjectRef... refs) {
    return matcher.match(List.of(refs));
  }

  @Test
  void classifiesIdentifiersByTheirShape() {
    assertThat(SubjectRef.of("AKIAQ3EGUJ4Y5CIBOT01"))
        .isEqualTo(new CredentialId("AKIAQ3EGUJ4Y5CIBOT01"));
    assertThat(SubjectRef.of("arn:aws:sts::111122223333:assumed-role/TrainingJobRole/i-0abc"))
        .isEqualTo(new AwsRole("111122223333", "TrainingJobRole"));
    assertThat(SubjectRef.of("arn:aws:iam::111122223333:role/service-role/TrainingJobRole"))
        .isEqualTo(new AwsRole("111122223333", "TrainingJobRole"));
    assertThat(SubjectRef.of("arn:aws:iam::111122223333:user/ci-bot"))
        .isEqualTo(new ExternalId("arn:aws:iam::111122223333:user/ci-bot"));
    assertThat(SubjectRef.of("Erin.Walsh@Demo-Corp.example"))
        .isEqualTo(new Email("erin.walsh@demo-corp.example"));
    assertThat(SubjectRef.of(TRAINER_UUID)).isEqualTo(new ExternalId(TRAINER_UUID));
  }

  @Test
  void aKnownKeyIdMatchesTheCredentialAndItsHolderAheadOfEverythingElse() {
    SubjectMatch match = match(new Name("Erin Walsh"), new CredentialId("AKIAQ3EGUJ4Y5CIBOT01"));

    assertThat(match.credentialId()).isEqualTo(CI_BOT_KEY);
    assertThat(match.identityId()).isEqualTo(CI_BOT);
  }

  @Test
  void anUnknownSessionKeyFallsBackToItsRoleWhateverTheRolesPath() {
    SubjectMatch match =
        match(
            new CredentialId("ASIAQ3EGUJ4Y5TRAIN01"),
            new AwsRole("111122223333", "TrainingJobRole"));

    assertThat(match.identityId()).isEqualTo(TRAINING_ROLE);
    assertThat(match.credentialId()).isNull();
    // An Entra app of the same name is not an AWS role; another account's role is not this one.
    assertThat(match(new AwsRole("999999999999", "TrainingJobRole"))).isEqualTo(SubjectMatch.NONE);
  }

  @Test
  void usersByArnOrNameEmailsInAnyCaseAndServiceAccountEmails() {
    assertThat(match(new ExternalId("arn:aws:iam::111122223333:user/ci-bot")).identityId())
        .isEqualTo(CI_BOT);
    assertThat(match(new AwsUser("111122223333", "ci-bot")).identityId()).isEqualTo(CI_BOT);
    assertThat(match(new Email("ERIN.walsh@demo-corp.example")).identityId()).isEqualTo(ERIN);
    assertThat(match(new Email("trainer@ml-prod.iam.gserviceaccount.com")).identityId())
        .isEqualTo(GCP_TRAINER);
    assertThat(match(new ExternalId("5f1c2d3e-1111-4c7d-9e0f-1a2b3c4d5e6f")).identityId())
        .isEqualTo(ERIN);
  }

  @Test
  void aTokenSubjectPrefersTheRealmItsIssuerNames() {
    assertThat(
            match(new IssuerSubject("https://sso.example.com/realms/agents", TRAINER_UUID))
                .identityId())
        .isEqualTo(SVC_TRAINER);
    assertThat(
            match(new IssuerSubject("https://sso-staging.example.com/realms/agents", TRAINER_UUID))
                .identityId())
        .isEqualTo(STAGING_TRAINER);
    assertThat(match(new CredentialId("d4e5f6a7-0b1c-4d2e-8f3a-9b0c1d2e3f4a")).credentialId())
        .isEqualTo(SVC_TRAINER_SESSION);
  }

  @Test
  void aNameMatchesOnlyWhenOneIdentityBearsIt() {
    assertThat(match(new Name("Erin Walsh")).identityId()).isEqualTo(ERIN);
    // svc-trainer exists in two realms, TrainingJobRole in AWS and Entra: too ambiguous.
    assertThat(match(new Name("svc-trainer"))).isEqualTo(SubjectMatch.NONE);
    assertThat(match(new Name("TrainingJobRole"))).isEqualTo(SubjectMatch.NONE);
    assertThat(match(new ExternalId("nobody"), new Email("nobody@example.com")))
        .isEqualTo(SubjectMatch.NONE);
  }
}
