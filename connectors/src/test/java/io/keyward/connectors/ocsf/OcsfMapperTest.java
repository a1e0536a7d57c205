package io.keyward.connectors.ocsf;

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
import org.junit.jupiter.api.Test;

class OcsfMapperTest {
  private final OcsfMapper mapper = new OcsfMapper();

  private MappedAlert map(String json) throws Exception {
    return mapper.map(new FeedItem("line 1", WireJson.MAPPER.readTree(json))).get(0);
  }

  @Test
  void readsADetectionFindingAsTheSpecShapesIt() throws Exception {
    MappedAlert alert = map(Fixtures.text("ocsf", "detection-finding.json"));

    assertThat(alert.externalId()).isEqualTo("kw-0042");
    assertThat(alert.time()).isEqualTo(Instant.parse("2024-11-23T09:00:00Z")); // epoch ms
    assertThat(alert.severity()).isEqualTo(Severity.HIGH);
    assertThat(alert.type()).isEqualTo("Credential Access");
    assertThat(alert.title()).isEqualTo("Access key used from unexpected network");
    assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
    // The credential first, then the actor; the bucket among the resources names nobody.
    assertThat(alert.subjects())
        .containsExactly(
            new SubjectRef.CredentialId("AKIAQ3EGUJ4Y5CIBOT01"),
            new SubjectRef.CredentialId("AKIAQ3EGUJ4Y5CIBOT01"),
            new SubjectRef.ExternalId("arn:aws:iam::111122223333:user/ci-bot"),
            new SubjectRef.Name("ci-bot"));
  }

  @Test
  void timesAreMillisecondsAndSecondsWrittenByMistakeAreRecognised() {
    assertThat(OcsfMapper.time(1732352400123L))
        .isEqualTo(Instant.parse("2024-11-23T09:00:00.123Z"));
    assertThat(OcsfMapper.time(1732352400L)).isEqualTo(Instant.parse("2024-11-23T09:00:00Z"));
    assertThatThrownBy(() -> OcsfMapper.time(null)).hasMessage("time is missing");
  }

  @Test
  void severityIdsMapToSeveritiesWithoutPlayingDownTheUnknown() {
    assertThat(OcsfMapper.severity(1)).isEqualTo(Severity.INFO);
    assertThat(OcsfMapper.severity(2)).isEqualTo(Severity.LOW);
    assertThat(OcsfMapper.severity(3)).isEqualTo(Severity.MEDIUM);
    assertThat(OcsfMapper.severity(5)).isEqualTo(Severity.CRITICAL);
    assertThat(OcsfMapper.severity(6)).isEqualTo(Severity.CRITICAL);
    assertThat(OcsfMapper.severity(0)).isEqualTo(Severity.MEDIUM);
    assertThat(OcsfMapper.severity(99)).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void aCloseActivityOrAResolvedStatusClosesTheAlert() throws Exception {
    String base =
        "{\"class_uid\":2004,\"time\":1732352400000,\"severity_id\":2,"
            + "\"finding_info\":{\"uid\":\"f\"}";
    assertThat(map(base + ",\"activity_id\":3}").status()).isEqualTo(AlertStatus.CLOSED);
    assertThat(map(base + ",\"activity_id\":2,\"status_id\":4}").status())
        .isEqualTo(AlertStatus.CLOSED);
    MappedAlert open = map(base + ",\"activity_id\":2,\"status_id\":2}");
    assertThat(open.status()).isEqualTo(AlertStatus.OPEN);
    assertThat(open.title()).isEqualTo("Detection Finding");
  }

  @Test
  void refusesOtherClassesAndFindingsWithoutAnId() {
    assertThatThrownBy(() -> map("{\"class_uid\":3002,\"time\":1}"))
        .hasMessage("class_uid 3002 is not a Detection Finding (2004)");
    assertThatThrownBy(() -> map("{\"class_uid\":2004,\"time\":1,\"finding_info\":{}}"))
        .hasMessage("finding_info.uid is missing");
    assertThatThrownBy(() -> map("\"text\"")).hasMessage("not an OCSF finding (a JSON object)");
  }
}
