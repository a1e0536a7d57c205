package io.keyward.connectors.gcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Secret;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.http.HttpTuning;
import io.keyward.model.domain.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcpCredentialsTest {
  private static final String TOKEN_URI = "https://oauth2.googleapis.com/token";

  @TempDir Path dir;

  private static SourceProfile profile(Map<String, String> extra) {
    Map<String, String> settings = new HashMap<>(Map.of(GcpConnector.PROJECT_ID, "ml-prod-4711"));
    settings.putAll(extra);
    return new SourceProfile("gcp:ml-prod-4711", SourceKind.GCP_IAM, "GCP", settings);
  }

  private ConnectEnvironment environment(Map<String, String> variables, Optional<Secret> answer) {
    return new ConnectEnvironment(variables, dir, question -> answer, HttpTuning.DEFAULT);
  }

  private GcpCredentials resolve(Map<String, String> settings, Map<String, String> variables) {
    return GcpCredentials.resolve(profile(settings), environment(variables, Optional.empty()));
  }

  @Test
  void theProfilesKeyFileComesFirstThenTheTokenThenTheEnvironmentsKeyFile() throws IOException {
    Path key = TestServiceAccountKey.write(dir, TOKEN_URI);
    Path other = Files.createDirectories(dir.resolve("other"));
    Path envKey = TestServiceAccountKey.write(other, TOKEN_URI);
    Map<String, String> both =
        Map.of(
            GcpCredentials.TOKEN_VARIABLE,
            "ya29.t",
            GcpCredentials.KEY_FILE_VARIABLE,
            envKey.toString());

    assertThat(resolve(Map.of(GcpConnector.CREDENTIALS_FILE, key.toString()), both))
        .isInstanceOf(GcpCredentials.KeyFile.class);
    assertThat(resolve(Map.of(), both).principal())
        .isEqualTo("an access token from GOOGLE_OAUTH_ACCESS_TOKEN");
    assertThat(
            resolve(Map.of(), Map.of(GcpCredentials.KEY_FILE_VARIABLE, envKey.toString()))
                .principal())
        .isEqualTo("service account " + TestServiceAccountKey.CLIENT_EMAIL);
  }

  @Test
  void aTildeInTheKeyFileSettingMeansTheHomeDirectory() {
    TestServiceAccountKey.write(dir, TOKEN_URI);

    assertThat(resolve(Map.of(GcpConnector.CREDENTIALS_FILE, "~/keyward-reader.json"), Map.of()))
        .isInstanceOf(GcpCredentials.KeyFile.class);
  }

  @Test
  void thePromptIsTheLastResortAndNothingAtAllSaysWhereCredentialsGo() {
    GcpCredentials prompted =
        GcpCredentials.resolve(
            profile(Map.of()), environment(Map.of(), Optional.of(Secret.of("ya29.typed"))));
    assertThat(prompted.principal()).isEqualTo("an access token from the prompt");
    assertThat(prompted.toString()).doesNotContain("ya29.typed");

    assertThatThrownBy(() -> resolve(Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "source gcp:ml-prod-4711: no Google credentials: set GOOGLE_APPLICATION_CREDENTIALS"
                + " to a service-account key file, the profile setting credentialsFile, or"
                + " GOOGLE_OAUTH_ACCESS_TOKEN");
  }

  @Test
  void aUserCredentialFileIsRefusedWithWhatToUseInstead() throws IOException {
    Path adc =
        Files.writeString(
            dir.resolve("adc.json"),
            "{\"type\":\"authorized_user\",\"client_id\":\"x\",\"client_secret\":\"d-FL95Q\","
                + "\"refresh_token\":\"1//0gLR\"}");

    assertThatThrownBy(() -> ServiceAccountKeyFile.read(adc))
        .hasMessageContaining("is a 'authorized_user' credential, not a service-account key")
        .hasMessageNotContaining("d-FL95Q")
        .hasMessageNotContaining("1//0gLR");
  }

  @Test
  void aBrokenPrivateKeyIsNamedWithoutPrintingIt() throws IOException {
    String broken =
        Files.readString(TestServiceAccountKey.write(dir, TOKEN_URI))
            .replace("-----BEGIN PRIVATE KEY-----\\n", "-----BEGIN PRIVATE KEY-----\\n!!");
    Path file = Files.writeString(dir.resolve("broken.json"), broken);

    assertThatThrownBy(() -> ServiceAccountKeyFile.read(file))
        .hasMessage(
            "the Google credentials file "
                + file
                + " has a private_key that is not a PKCS#8 PEM RSA key");
  }

  @Test
  void aKeyNeverPrintsItsPrivateHalf() {
    ServiceAccountKeyFile key =
        ServiceAccountKeyFile.read(TestServiceAccountKey.write(dir, TOKEN_URI));

    assertThat(key.toString())
        .isEqualTo(
            "ServiceAccountKeyFile["
                + TestServiceAccountKey.CLIENT_EMAIL
                + ", key "
                + TestServiceAccountKey.KEY_ID
                + "]");
    assertThat(new GcpCredentials.KeyFile(key).toString()).doesNotContain("PRIVATE");
  }
}
