package io.keyward.connectors.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.connectors.aws.CredentialReport.Row;
import io.keyward.connectors.testing.Fixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CredentialReportTest {
  private final CredentialReport report =
      CredentialReport.parse(Fixtures.text("aws", "credential-report.csv"));

  @Test
  void readsRowsByHeaderWithSentinelsAndAnyCaseBooleans() {
    assertThat(report.rows()).hasSize(7);
    Row root = report.row(CredentialReport.ROOT).orElseThrow();
    assertThat(root.isRoot()).isTrue();
    assertThat(root.passwordEnabled()).isEmpty();
    assertThat(root.mfaActive()).contains(true);
    Row bob = report.row("bob.martens").orElseThrow();
    assertThat(bob.passwordEnabled()).isEqualTo(Optional.of(true));
    assertThat(bob.mfaActive()).contains(false);
    assertThat(bob.passwordLastUsed()).isNull();
    assertThat(bob.accessKeys()).isEmpty();
    Row ciBot = report.row("ci-bot").orElseThrow();
    assertThat(ciBot.accessKeys())
        .extracting(CredentialReport.Slot::number, CredentialReport.Slot::active)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, true),
            org.assertj.core.groups.Tuple.tuple(2, false));
    assertThat(ciBot.accessKeys().get(1).lastUsed()).isNull();
  }

  @Test
  void columnsAreFoundByNameNotPosition() {
    CredentialReport reordered =
        CredentialReport.parse(
            "arn,access_key_1_active,user,password_enabled\n"
                + "arn:aws:iam::123456789012:user/x,TRUE,x,FALSE\n");
    Row x = reordered.row("x").orElseThrow();
    assertThat(x.passwordEnabled()).contains(false);
    assertThat(x.accessKeys()).singleElement().satisfies(s -> assertThat(s.active()).isTrue());
  }

  @Test
  void refusesOtherFiles() {
    assertThatThrownBy(() -> CredentialReport.parse("name,email\na,b\n"))
        .hasMessage("line 1: no column 'user'; is this an IAM credential report?");
    assertThatThrownBy(
            () ->
                CredentialReport.parse(
                    "user,arn,password_enabled,access_key_1_active\nx,a,maybe,false\n"))
        .hasMessage("line 2: password_enabled 'maybe' is not TRUE or FALSE");
  }
}
