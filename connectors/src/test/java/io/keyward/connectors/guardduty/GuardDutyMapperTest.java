package io.keyward.connectors.guardduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.connectors.alert.FeedItem;
import io.keyward.connectors.alert.MappedAlert;
import io.keyward.connectors.alert.SubjectRef;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.testing.Fixtures;
import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.Severity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuardDutyMapperTest {
  private final GuardDutyMapper mapper = new GuardDutyMapper();

  private List<MappedAlert> map(String json) throws Exception {
    return mapper.map(new FeedItem("document", WireJson.MAPPER.readTree(json)));
  }

  @Test
  void readsTheCliOutputInPascalCase() throws Exception {
    List<MappedAlert> alerts = map(Fixtures.text("guardduty", "get-findings.json"));

    assertThat(alerts).hasSize(3);
    MappedAlert exfiltration = alerts.get(0);
    assertThat(exfiltration.externalId()).isEqualTo("4ac7f1e9b2d35c6e8f0a1b2c3d4e5f60");
    assertThat(exfiltration.type())
        .isEqualTo("UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS");
    assertThat(exfiltration.time()).isEqualTo(Instant.parse("2026-11-23T08:15:02.417Z"));
    assertThat(exfiltration.severity()).isEqualTo(Severity.HIGH);
    assertThat(exfiltration.status()).isEqualTo(AlertStatus.OPEN);
    // A role session: its key, then the role. Never a user of the role's name.
    assertThat(exfiltration.subjects())
        .containsExactly(
            new SubjectRef.CredentialId("ASIAQ3EGUJ4Y5TRAIN01"),
            new SubjectRef.AwsRole("111122223333", "TrainingJobRole"));
    assertThat(alerts.get(1).subjects())
        .containsExactly(
            new SubjectRef.CredentialId("AKIAQ3EGUJ4Y5CIBOT01"),
            new SubjectRef.AwsUser("111122223333", "ci-bot"));
    assertThat(alerts.get(1).severity()).isEqualTo(Severity.MEDIUM);
    assertThat(alerts.get(2).status()).isEqualTo(AlertStatus.CLOSED); // archived
  }

  @Test
  void readsEventBridgeEventsInCamelCase() throws Exception {
    List<String> lines = Fixtures.text("guardduty", "eventbridge-findings.ndjson").lines().toList();

    MappedAlert inside = map(lines.get(0)).get(0);
    assertThat(inside.type())
        .isEqualTo("UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.InsideAWS");
    assertThat(inside.time()).isEqualTo(Instant.parse("2026-11-23T08:41:30.250Z"));
    assertThat(inside.subjects())
        .containsExactly(
            new SubjectRef.CredentialId("ASIAQ3EGUJ4Y5TRAIN02"),
            new SubjectRef.AwsRole("111122223333", "TrainingJobRole"));
    assertThat(inside.raw().path("accountId").asText()).isEqualTo("111122223333");
    MappedAlert root = map(lines.get(1)).get(0);
    assertThat(root.subjects())
        .containsExactly(new SubjectRef.CredentialId("AKIAQ3EGUJ4Y5ROOT001"));
    assertThat(root.severity()).isEqualTo(Severity.LOW);
  }

  @Test
  void severityBands() {
    assertThat(GuardDutyMapper.severity(1.0)).isEqualTo(Severity.LOW);
    assertThat(GuardDutyMapper.severity(3.9)).isEqualTo(Severity.LOW);
    assertThat(GuardDutyMapper.severity(4.0)).isEqualTo(Severity.MEDIUM);
    assertThat(GuardDutyMapper.severity(6.9)).isEqualTo(Severity.MEDIUM);
    assertThat(GuardDutyMapper.severity(7.0)).isEqualTo(Severity.HIGH);
    assertThat(GuardDutyMapper.severity(8.9)).isEqualTo(Severity.HIGH);
    assertThat(GuardDutyMapper.severity(9.0)).isEqualTo(Severity.CRITICAL);
  }

  @Test
  void aFindingWithoutIdOrTimeIsRefusedNamingWhichOfABatch() {
    assertThatThrownBy(() -> map("{\"Findings\":[{\"Id\":\"a\",\"Type\":\"T\"}]}"))
        .hasMessage("finding 1: createdAt is missing");
    assertThatThrownBy(() -> map("{\"title\":\"x\"}"))
        .hasMessage("a GuardDuty finding needs an id and a type");
    assertThatThrownBy(() -> map("{\"id\":\"a\",\"type\":\"T\",\"createdAt\":\"yesterday\"}"))
        .hasMessage("createdAt 'yesterday' is not an ISO-8601 time");
  }
}
