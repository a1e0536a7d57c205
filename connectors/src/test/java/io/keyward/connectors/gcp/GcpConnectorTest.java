package io.keyward.connectors.gcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.connectors.Connector;
import io.keyward.connectors.Connectors;
import io.keyward.connectors.FileImport;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.testing.TestEnvironments;
import io.keyward.model.domain.SourceKind;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcpConnectorTest {
  @TempDir Path dir;

  private static SourceProfile profile(Map<String, String> settings) {
    return new SourceProfile("gcp:ml-prod-4711", SourceKind.GCP_IAM, "GCP ml-prod-4711", settings);
  }

  @Test
  void isFoundByKindCliNameAndImportNames() {
    Connectors connectors = Connectors.discover();

    Connector gcp = connectors.forCliName("gcp").orElseThrow();
    assertThat(gcp.kind()).isEqualTo(SourceKind.GCP_IAM);
    assertThat(gcp.imports())
        .extracting(FileImport::name)
        .containsExactly("gcp-service-accounts", "gcp-iam-policy");
    assertThat(connectors.importNamed("gcp-iam-policy")).isPresent();
  }

  @Test
  void aProfileNeedsItsProjectAndNoUnknownSettings() {
    GcpConnector connector = new GcpConnector();

    assertThat(connector.problems(profile(Map.of("projectId", "ml-prod-4711")))).isEmpty();
    assertThat(connector.problems(profile(Map.of("project", "ml-prod-4711"))))
        .containsExactly(
            "needs the setting 'projectId' (Project id)",
            "has an unknown setting 'project'; gcp knows credentialsFile, iamUrl, projectId,"
                + " resourceManagerUrl");
    assertThat(connector.location(profile(Map.of("projectId", "ml-prod-4711"))))
        .isEqualTo("projects/ml-prod-4711");
  }

  @Test
  void aBadUrlIsRefusedBeforeAnyRequest() {
    assertThatThrownBy(
            () ->
                new GcpConnector()
                    .connect(
                        profile(Map.of("projectId", "ml-prod-4711", "iamUrl", "iam.local")),
                        new TestEnvironments()
                            .with(Map.of(GcpCredentials.TOKEN_VARIABLE, "ya29.t"), dir)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source gcp:ml-prod-4711: iamUrl 'iam.local' is not an http(s) URL");
  }
}
