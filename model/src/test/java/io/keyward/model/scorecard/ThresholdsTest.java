package io.keyward.model.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.model.domain.Severity;
import io.keyward.model.json.FieldError;
import io.keyward.model.json.InvalidDocumentException;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

  @Test
  void aProfileNamesOnlyWhatItChanges() {
    Thresholds t =
        Thresholds.parse("{\"maxStaticKeyAgeDays\": 30, \"responseSeverity\": \"critical\"}");
    assertThat(t.maxStaticKeyAgeDays()).isEqualTo(30);
    assertThat(t.responseSeverity()).isEqualTo(Severity.CRITICAL);
    assertThat(t.maxAgentCredentialMinutes())
        .isEqualTo(Thresholds.DEFAULTS.maxAgentCredentialMinutes());
  }

  @Test
  void writesEveryThresholdAndReadsItBack() {
    assertThat(Thresholds.parse(Thresholds.DEFAULTS.toJson())).isEqualTo(Thresholds.DEFAULTS);
    assertThat(Thresholds.DEFAULTS.toJson()).contains("\"maxAgentCredentialMinutes\" : 60");
  }

  @Test
  void refusesWrongFieldsNamingEachOne() {
    assertThatThrownBy(
            () ->
                Thresholds.parse(
                    "{\"maxStaticKeyAgeDays\": \"ninety\", \"minShortLivedShare\": 1.5,"
                        + " \"maxAgeDays\": 3}"))
        .isInstanceOf(InvalidDocumentException.class)
        .satisfies(
            e ->
                assertThat(((InvalidDocumentException) e).errors())
                    .extracting(FieldError::message)
                    .containsExactlyInAnyOrder(
                        "maxStaticKeyAgeDays: expected a whole number of days of at least 1, found"
                            + " the string \"ninety\"",
                        "minShortLivedShare: expected a share between 0 and 1, found the number 1.5",
                        "maxAgeDays: expected one of alertFeedMaxAgeHours, highRiskScore,"
                            + " maxAgentCredentialMinutes,"
                            + " maxStaticKeyAgeDays, maxUnmatchedAlertShare, maxUnusedGrantShare,"
                            + " minShortLivedShare, phishingResistantMfa, responseSeverity,"
                            + " revocationTargetMinutes, unusedGrantDays, found a field named"
                            + " \"maxAgeDays\""));
  }

  @Test
  void refusesTextThatIsNotAnObject() {
    assertThatThrownBy(() -> Thresholds.parse("[1]"))
        .hasMessageContaining("document: expected an object of thresholds, found the list [1]");
    assertThatThrownBy(() -> Thresholds.parse("{oops"))
        .hasMessageContaining("line 1: expected JSON");
  }
}
