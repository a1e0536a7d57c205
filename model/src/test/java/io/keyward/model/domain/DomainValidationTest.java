package io.keyward.model.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DomainValidationTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void identitiesNeedTheirFieldsAndCannotOwnThemselves() {
    assertThatThrownBy(() -> identity(" ", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("identity id must not be blank");
    assertThatThrownBy(() -> identity("a1", "a1")).hasMessageContaining("cannot own itself");
    assertThat(identity("a1", "h1").enabled()).isTrue();
  }

  @Test
  void identityTagsAreCopiedNotShared() {
    var tags = new java.util.HashMap<String, String>(Map.of("team", "ml"));
    Identity identity =
        new Identity(
            "a",
            "s",
            "x",
            IdentityKind.AGENT,
            "a",
            null,
            IdentityStatus.ENABLED,
            null,
            null,
            "r",
            tags);
    tags.put("team", "changed");
    assertThat(identity.tags()).containsEntry("team", "ml");
  }

  @Test
  void credentialLifetimeAndStaticness() {
    Credential oneHour = credential(T0, T0.plus(Duration.ofMinutes(60)));
    assertThat(oneHour.lifetime()).contains(Duration.ofMinutes(60));
    assertThat(oneHour.isStatic()).isFalse();
    Credential forever = credential(T0, null);
    assertThat(forever.lifetime()).isEmpty();
    assertThat(forever.isStatic()).isTrue();
    assertThat(forever.age(T0.plus(Duration.ofDays(91)))).contains(Duration.ofDays(91));
    assertThatThrownBy(() -> credential(T0, T0.minusSeconds(1)))
        .hasMessageContaining("expires before it was created");
  }

  @Test
  void grantsKnowWildcardsAndTheirOrigin() {
    assertThat(grant("*", "*", GrantOrigin.DIRECT, null).isWildcard()).isTrue();
    assertThat(grant("s3:*", "lake", GrantOrigin.DIRECT, null).isWildcard()).isTrue();
    assertThat(grant("s3:GetObject", "lake", GrantOrigin.DIRECT, null).isWildcard()).isFalse();
    assertThatThrownBy(() -> grant("p", "r", GrantOrigin.VIA_GROUP, null))
        .hasMessageContaining("an inherited one names it");
    assertThatThrownBy(() -> grant("p", "r", GrantOrigin.DIRECT, "group-1"))
        .hasMessageContaining("a direct grant has no via");
  }

  @Test
  void delegationsAndLineageRejectImpossibleShapes() {
    assertThatThrownBy(
            () ->
                new Delegation(
                    "d", "s", "a", "a", DelegationKind.ON_BEHALF_OF, List.of(), null, null))
        .hasMessageContaining("points at itself");
    assertThatThrownBy(
            () ->
                new LineageRecord(
                    "l",
                    "s",
                    "run",
                    "job",
                    null,
                    RunState.COMPLETED,
                    T0,
                    T0.minusSeconds(5),
                    List.of(),
                    List.of(),
                    null))
        .hasMessageContaining("ends before it starts");
  }

  @Test
  void enumsThatCarryMeaning() {
    assertThat(IdentityKind.AGENT.isNonHuman()).isTrue();
    assertThat(IdentityKind.HUMAN.isNonHuman()).isFalse();
    assertThat(IdentityKind.ROLE.isNonHuman()).isFalse();
    assertThat(RevocationAction.DISABLE_CREDENTIAL.cliName()).isEqualTo("disable-credential");
    assertThat(SourceKind.GUARDDUTY.category()).isEqualTo(SourceKind.Category.ALERT_FEED);
  }

  private static Identity identity(String id, String owner) {
    return new Identity(
        id,
        "src",
        "ext",
        IdentityKind.AGENT,
        "name",
        null,
        IdentityStatus.ENABLED,
        T0,
        owner,
        "test",
        Map.of());
  }

  private static Credential credential(Instant created, Instant expires) {
    return new Credential(
        "c",
        "s",
        "i",
        CredentialKind.API_TOKEN,
        "x",
        "x",
        CredentialStatus.ACTIVE,
        created,
        expires,
        null,
        null,
        List.of());
  }

  private static Grant grant(String permission, String resource, GrantOrigin origin, String via) {
    return new Grant("g", "s", "p", permission, resource, Privilege.READ, origin, via, null, null);
  }
}
