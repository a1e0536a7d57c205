package io.keyward.app.page.detail;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.format.Tone;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Severity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetailLineTest {
  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  @Test
  void aStaticKeySaysItsAgeAndThatItNeverExpires() {
    Credential key =
        new Credential(
            "c1",
            "aws",
            "agent",
            CredentialKind.ACCESS_KEY,
            "AKIA1",
            "",
            CredentialStatus.ACTIVE,
            Instant.parse("2026-01-01T09:00:00Z"),
            null,
            null,
            null,
            List.of());

    assertThat(DetailLine.of(key, NOW))
        .isEqualTo(
            new DetailLine(
                "AKIA1",
                "Active",
                Tone.SUCCESS,
                "Access key · 326 d old · never expires · last used never"));
  }

  @Test
  void anInheritedWildcardGrantNamesWhereItComesFrom() {
    Grant grant =
        new Grant(
            "g1",
            "aws",
            "agent",
            "s3:*",
            "lake",
            Privilege.ADMIN,
            GrantOrigin.VIA_GROUP,
            "grp",
            null,
            Instant.parse("2026-11-20T08:00:00Z"));

    assertThat(DetailLine.of(grant, "ml-engineers"))
        .isEqualTo(
            new DetailLine(
                "s3:* on lake",
                "Admin",
                Tone.DANGER,
                "Via group ml-engineers · last used 2026-11-20 08:00 UTC · wildcard"));
  }

  @Test
  void anUnscopedDelegationSaysSo() {
    Delegation delegation =
        new Delegation(
            "d1", "aws", "a", "b", DelegationKind.ASSUME_ROLE, List.of(), "ext-id 42", null);

    assertThat(DetailLine.of(delegation, "DataScienceAdmin"))
        .isEqualTo(
            new DetailLine(
                "DataScienceAdmin",
                "Assume role",
                Tone.NEUTRAL,
                "unrestricted scope · if ext-id 42"));
  }

  @Test
  void anAlertShowsWhenAndWhat() {
    Alert alert =
        new Alert(
            "a1",
            "gd",
            "x",
            NOW,
            Severity.CRITICAL,
            "Recon:IAMUser/Tor",
            "Tor sign-in",
            null,
            null,
            AlertStatus.OPEN,
            "{}");

    assertThat(DetailLine.of(alert))
        .isEqualTo(
            new DetailLine(
                "Tor sign-in",
                "Critical",
                Tone.DANGER,
                "2026-11-23 09:00 UTC · Open · Recon:IAMUser/Tor"));
  }
}
