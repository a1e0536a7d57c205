package io.keyward.connectors.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.testing.TestEnvironments;
import io.keyward.model.domain.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsCredentialsTest {
  @TempDir Path home;
  private final SourceProfile profile =
      new SourceProfile("aws:123456789012", SourceKind.AWS_IAM, "AWS", Map.of());

  @BeforeEach
  void credentialsFile() throws IOException {
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(
        home.resolve(".aws/credentials"),
        "[default]\naws_access_key_id = AKIADEFAULT\naws_secret_access_key = default-secret\n\n"
            + "[audit]\naws_access_key_id=AKIAAUDIT\naws_secret_access_key=audit-secret\n"
            + "aws_session_token=audit-token\n\n"
            + "[assumed]\nrole_arn = arn:aws:iam::123456789012:role/Audit\nsource_profile = default\n");
  }

  private ConnectEnvironment env(Map<String, String> variables) {
    return new TestEnvironments().with(variables, home);
  }

  @Test
  void environmentVariablesComeFirst() {
    AwsCredentials credentials =
        AwsCredentials.resolve(
            profile,
            env(
                Map.of(
                    "AWS_ACCESS_KEY_ID", "AKIAENV",
                    "AWS_SECRET_ACCESS_KEY", "env-secret",
                    "AWS_PROFILE", "audit")));

    assertThat(credentials.accessKeyId()).isEqualTo("AKIAENV");
    assertThat(credentials.secretAccessKey().reveal()).isEqualTo("env-secret");
    assertThat(credentials.sessionToken()).isNull();
    assertThat(credentials.toString()).doesNotContain("env-secret").contains("[redacted]");
  }

  @Test
  void theDefaultProfileOfTheSharedFileElse() {
    AwsCredentials credentials = AwsCredentials.resolve(profile, env(Map.of()));

    assertThat(credentials.accessKeyId()).isEqualTo("AKIADEFAULT");
    assertThat(credentials.origin())
        .isEqualTo("profile 'default' of " + home.resolve(".aws/credentials"));
  }

  @Test
  void theProfileSettingBeatsAwsProfile() {
    AwsCredentials fromVariable =
        AwsCredentials.resolve(profile, env(Map.of("AWS_PROFILE", "audit")));
    assertThat(fromVariable.accessKeyId()).isEqualTo("AKIAAUDIT");
    assertThat(fromVariable.sessionToken().reveal()).isEqualTo("audit-token");

    SourceProfile pinned = profile.withSettings(Map.of(AwsCredentials.PROFILE_SETTING, "default"));
    assertThat(AwsCredentials.resolve(pinned, env(Map.of("AWS_PROFILE", "audit"))).accessKeyId())
        .isEqualTo("AKIADEFAULT");
  }

  @Test
  void honoursAwsSharedCredentialsFile() throws IOException {
    Path other =
        Files.writeString(
            home.resolve("other"),
            "[default]\naws_access_key_id=AKIAOTHER\naws_secret_access_key=s\n");

    assertThat(
            AwsCredentials.resolve(
                    profile, env(Map.of("AWS_SHARED_CREDENTIALS_FILE", other.toString())))
                .accessKeyId())
        .isEqualTo("AKIAOTHER");
    assertThat(
            AwsCredentials.resolve(profile, env(Map.of("AWS_SHARED_CREDENTIALS_FILE", "~/other")))
                .accessKeyId())
        .isEqualTo("AKIAOTHER");
  }

  @Test
  void saysWhatIsMissing() throws IOException {
    assertThatThrownBy(
            () -> AwsCredentials.resolve(profile, env(Map.of("AWS_ACCESS_KEY_ID", "AKIA"))))
        .hasMessageContaining("set both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY");
    assertThatThrownBy(() -> AwsCredentials.resolve(profile, env(Map.of("AWS_PROFILE", "nope"))))
        .hasMessageContaining("no profile 'nope' of");
    assertThatThrownBy(() -> AwsCredentials.resolve(profile, env(Map.of("AWS_PROFILE", "assumed"))))
        .hasMessageContaining("uses role_arn, which Keyward does not follow")
        .hasMessageContaining("aws configure export-credentials");
    Files.delete(home.resolve(".aws/credentials"));
    assertThatThrownBy(() -> AwsCredentials.resolve(profile, env(Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no AWS credentials");
  }
}
