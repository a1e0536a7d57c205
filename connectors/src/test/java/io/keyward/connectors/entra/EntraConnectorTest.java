package io.keyward.connectors.entra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connectors;
import io.keyward.connectors.CredentialPrompt;
import io.keyward.connectors.ProfileSetting;
import io.keyward.connectors.Secret;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.http.HttpTuning;
import io.keyward.connectors.testing.Fixtures;
import io.keyward.model.domain.SourceKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntraConnectorTest {
  private static final String TENANT = "7e5a0000-0000-4000-8000-00000000c0de";
  private static final String CLIENT = "c1b00000-0000-4000-8000-0000000000a2";

  @TempDir Path home;
  private final EntraConnector connector = new EntraConnector();
  private final List<String> questions = new ArrayList<>();

  private static SourceProfile profile(Map<String, String> settings) {
    return new SourceProfile("entra:demo-corp", SourceKind.ENTRA_ID, "Demo Corp", settings);
  }

  private ConnectEnvironment environment(Map<String, String> variables, Optional<Secret> answer) {
    CredentialPrompt prompt =
        question -> {
          questions.add(question);
          return answer;
        };
    return new ConnectEnvironment(variables, home, prompt, HttpTuning.DEFAULT);
  }

  @Test
  void isFoundByItsCliNameAndKind() {
    Connectors connectors = Connectors.discover();

    assertThat(connectors.forCliName("entra")).get().isInstanceOf(EntraConnector.class);
    assertThat(connectors.forKind(SourceKind.ENTRA_ID)).get().isInstanceOf(EntraConnector.class);
  }

  @Test
  void settingsHoldNoSecretAndDefaultToThePublicCloud() {
    assertThat(connector.settings())
        .extracting(ProfileSetting::key, ProfileSetting::required, ProfileSetting::defaultValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("tenantId", false, null),
            org.assertj.core.groups.Tuple.tuple("clientId", false, null),
            org.assertj.core.groups.Tuple.tuple(
                "loginUrl", false, "https://login.microsoftonline.com"),
            org.assertj.core.groups.Tuple.tuple("graphUrl", false, "https://graph.microsoft.com"));
    assertThat(connector.settings()).noneMatch(s -> SourceProfile.looksSecret(s.key()));
    assertThat(connector.problems(profile(Map.of("tenant", TENANT))))
        .containsExactly(
            "has an unknown setting 'tenant'; entra knows clientId, graphUrl, loginUrl, tenantId");
  }

  @Test
  void theLocationNamesTheTenantOrWhereItComesFrom() {
    assertThat(connector.location(profile(Map.of("tenantId", TENANT))))
        .isEqualTo("tenant " + TENANT + " on https://graph.microsoft.com/");
    assertThat(connector.location(profile(Map.of())))
        .isEqualTo("tenant from AZURE_TENANT_ID on https://graph.microsoft.com/");
  }

  @Test
  void tenantAndClientFallBackToTheAzureVariables() {
    EntraSettings settings =
        EntraSettings.from(
            profile(Map.of()),
            environment(
                Map.of("AZURE_TENANT_ID", TENANT, "AZURE_CLIENT_ID", CLIENT), Optional.empty()));

    assertThat(settings.tenantId()).isEqualTo(TENANT);
    assertThat(settings.clientId()).isEqualTo(CLIENT);
    assertThat(settings.tokenUrl().toString())
        .isEqualTo("https://login.microsoftonline.com/" + TENANT + "/oauth2/v2.0/token");
    assertThat(settings.scope()).isEqualTo("https://graph.microsoft.com/.default");
    assertThat(settings.v1("/users?$top=999").toString())
        .isEqualTo("https://graph.microsoft.com/v1.0/users?$top=999");
  }

  @Test
  void aMissingTenantIsNamedWithBothPlacesItCanComeFrom() {
    assertThatThrownBy(
            () -> connector.connect(profile(Map.of()), environment(Map.of(), Optional.empty())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "source entra:demo-corp needs the setting 'tenantId' or the variable AZURE_TENANT_ID");
  }

  @Test
  void theSecretVariableWinsOverTheCertificate() {
    EntraCredential credential =
        credential(
            Map.of(
                "AZURE_CLIENT_SECRET", "s3cr3t",
                "AZURE_CLIENT_CERTIFICATE_PATH", "/nowhere.pem"));

    assertThat(credential).isInstanceOf(EntraCredential.ClientSecret.class);
    assertThat(credential.toString()).doesNotContain("s3cr3t");
    assertThat(questions).isEmpty();
  }

  @Test
  void aCertificatePathGivesACertificateCredential() {
    Path pem = Fixtures.path("entra", "test-only-certificate.pem");

    EntraCredential credential =
        credential(Map.of("AZURE_CLIENT_CERTIFICATE_PATH", pem.toString()));

    assertThat(credential).isInstanceOf(EntraCredential.ClientCertificate.class);
    Map<String, String> form =
        credential.tokenForm(settings(), Instant.parse("2026-11-20T09:00:00Z"));
    assertThat(form)
        .containsEntry("client_assertion_type", ClientAssertion.TYPE)
        .containsKey("client_assertion")
        .doesNotContainKey("client_secret");
    assertThat(credential.describe()).startsWith("client certificate ");
  }

  @Test
  void withoutVariablesTheUserIsAskedForTheSecret() {
    EntraCredential credential =
        EntraCredential.resolve(settings(), environment(Map.of(), Optional.of(Secret.of("typed"))));

    assertThat(credential.tokenForm(settings(), Instant.EPOCH))
        .containsEntry("client_secret", "typed");
    assertThat(questions)
        .containsExactly("Client secret of app " + CLIENT + " in Entra tenant " + TENANT);
  }

  @Test
  void withNoCredentialAtAllTheErrorSaysWhatToSet() {
    assertThatThrownBy(() -> credential(Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no credentials for Entra app "
                + CLIENT
                + ": set AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH");
  }

  private EntraSettings settings() {
    return EntraSettings.from(
        profile(Map.of("tenantId", TENANT, "clientId", CLIENT)),
        environment(Map.of(), Optional.empty()));
  }

  private EntraCredential credential(Map<String, String> variables) {
    return EntraCredential.resolve(settings(), environment(variables, Optional.empty()));
  }
}
