package io.keyward.model.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.Issuance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ObservedLifetimesTest {
  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
  private static final Set<String> AGENTS = Set.of("bot", "runner");

  private static AccessEvent issued(
      String id, String caller, @Nullable String role, int atMinute, int ttlMinutes, String key) {
    return new AccessEvent(
        id,
        "trail",
        T0.plus(Duration.ofMinutes(atMinute)),
        AccessEventType.CREDENTIAL_ISSUED,
        caller,
        null,
        "sts:AssumeRole",
        null,
        null,
        null,
        null,
        new Issuance(
            "sts.amazonaws.com", caller, role, id, Duration.ofMinutes(ttlMinutes), null, key));
  }

  private static AccessEvent call(String id, String credential, int atMinute) {
    return new AccessEvent(
        id,
        "trail",
        T0.plus(Duration.ofMinutes(atMinute)),
        AccessEventType.ACCESS_ALLOWED,
        "runner",
        credential,
        "s3:GetObject",
        null,
        null,
        null);
  }

  private static Credential session(String id, String holder, String key) {
    return new Credential(
        id,
        "trail",
        holder,
        CredentialKind.SESSION,
        key,
        id,
        CredentialStatus.EXPIRED,
        null,
        null,
        null,
        null,
        List.of());
  }

  @Test
  void actualUseRunsFromIssueToTheLastCallMadeWithTheIssuedKey() {
    ObservedLifetimes lifetimes =
        ObservedLifetimes.of(
            List.of(
                issued("e1", "bot", "runner", 0, 60, "ASIA1"),
                call("c1", "trail:session/ASIA1", 5),
                call("c2", "trail:session/ASIA1", 12),
                issued("e2", "bot", "runner", 30, 15, "ASIA2"),
                issued("e3", "bot", null, 40, 720, "ASIA3")),
            List.of(session("trail:session/ASIA1", "runner", "ASIA1")),
            AGENTS::contains);

    assertThat(lifetimes.sessions())
        .containsExactly(
            new IssuedSession("e3", "bot", T0.plusSeconds(2400), Duration.ofHours(12), null),
            new IssuedSession("e1", "runner", T0, Duration.ofHours(1), Duration.ofMinutes(12)),
            new IssuedSession("e2", "runner", T0.plusSeconds(1800), Duration.ofMinutes(15), null));
    assertThat(lifetimes.perAgent())
        .containsExactly(
            new AgentLifetimes("bot", 1, Duration.ofHours(12), Duration.ofHours(12), null),
            new AgentLifetimes(
                "runner", 2, Duration.ofHours(1), Duration.ofMinutes(15), Duration.ofMinutes(12)));
    assertThat(lifetimes.issued("ASIA2")).isTrue();
    assertThat(lifetimes.issued("AKIA9")).isFalse();
  }

  @Test
  void issuancesToNoAgentAreLeftOut() {
    ObservedLifetimes lifetimes =
        ObservedLifetimes.of(
            List.of(issued("e1", "alice", "reader", 0, 60, "ASIA1")), List.of(), AGENTS::contains);

    assertThat(lifetimes.isEmpty()).isTrue();
    assertThat(lifetimes.perAgent()).isEmpty();
  }
}
