package io.keyward.model.risk;

import static io.keyward.model.domain.DelegationKind.ON_BEHALF_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import io.keyward.model.domain.Severity;
import io.keyward.model.graph.GraphIndex;
import io.keyward.model.graph.GraphIndexBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RiskRankingTest {
  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private final GraphIndexBuilder builder = new GraphIndexBuilder(NOW);

  @Test
  void addsUpExplainedFactors() {
    identity("owner", IdentityKind.HUMAN, null, true);
    identity("admin-agent", IdentityKind.AGENT, null, true);
    builder.add(
        new Credential(
            "k1",
            "s",
            "admin-agent",
            CredentialKind.ACCESS_KEY,
            "AKIA1",
            "key",
            CredentialStatus.ACTIVE,
            NOW.minus(Duration.ofDays(200)),
            null,
            null,
            null,
            List.of()));
    grant("admin-agent", "AdministratorAccess", "*", Privilege.ADMIN, null);
    builder.add(
        new io.keyward.model.domain.Alert(
            "a1",
            "feed",
            "x",
            NOW,
            Severity.CRITICAL,
            "t",
            "title",
            "admin-agent",
            null,
            AlertStatus.OPEN,
            "{}"));
    builder.add(
        new Resource("secret", "s", "secret", ResourceKind.SECRET_STORE, "prod-db", null, true));
    GraphIndex graph = builder.build();

    RiskScore score = new RiskRanking(graph).score("admin-agent");

    assertThat(score.factors())
        .extracting(RiskFactor::kind, RiskFactor::points)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RiskFactorKind.PRIVILEGE_BREADTH, 25),
            org.assertj.core.groups.Tuple.tuple(RiskFactorKind.OPEN_ALERTS, 25),
            org.assertj.core.groups.Tuple.tuple(RiskFactorKind.SENSITIVE_DATA, 15),
            org.assertj.core.groups.Tuple.tuple(RiskFactorKind.CREDENTIAL_AGE, 15),
            org.assertj.core.groups.Tuple.tuple(RiskFactorKind.MISSING_OWNER, 15),
            org.assertj.core.groups.Tuple.tuple(RiskFactorKind.UNUSED_GRANTS, 10));
    assertThat(score.score()).isEqualTo(100);
    assertThat(score.factors().get(0).reason()).contains("AdministratorAccess on *");
    assertThat(score.factors()).anySatisfy(f -> assertThat(f.reason()).contains("200 days"));
    assertThat(new RiskRanking(graph).score("owner").score()).isZero();
  }

  @Test
  void scoresDelegationEscalationDisabledOwnersAndModelReach() {
    identity("dan", IdentityKind.HUMAN, null, false);
    identity("agent", IdentityKind.AGENT, "dan", true);
    identity("sub", IdentityKind.AGENT, "dan", true);
    builder.add(
        new Delegation(
            "d1", "s", "dan", "agent", ON_BEHALF_OF, List.of("models:read"), null, null));
    builder.add(
        new Delegation(
            "d2",
            "s",
            "agent",
            "sub",
            ON_BEHALF_OF,
            List.of("models:read", "models:write"),
            null,
            null));
    builder.add(new Resource("m", "s", "m", ResourceKind.MODEL, "churn", null, false));
    grant("sub", "models:write", "m", Privilege.WRITE, NOW.minus(Duration.ofDays(1)));
    GraphIndex graph = builder.build();
    RiskRanking ranking = new RiskRanking(graph);

    RiskScore agent = ranking.score("agent");
    assertThat(agent.factors())
        .extracting(RiskFactor::kind)
        .contains(
            RiskFactorKind.DELEGATION, RiskFactorKind.MISSING_OWNER, RiskFactorKind.LINEAGE_REACH);
    assertThat(factor(agent, RiskFactorKind.DELEGATION).reason())
        .contains("widens scope at hop 2", "models:write");
    assertThat(factor(agent, RiskFactorKind.MISSING_OWNER).reason()).contains("dan is disabled");
    assertThat(factor(agent, RiskFactorKind.LINEAGE_REACH).reason()).contains("can alter churn");
    assertThat(factor(ranking.score("sub"), RiskFactorKind.DELEGATION).points()).isEqualTo(10);

    assertThat(ranking.top(2)).extracting(s -> s.identity().id()).containsExactly("agent", "sub");
    assertThatThrownBy(() -> ranking.top(0)).hasMessageContaining("at least one");
    assertThatThrownBy(() -> ranking.score("nobody")).hasMessageContaining("no identity nobody");
  }

  private static RiskFactor factor(RiskScore score, RiskFactorKind kind) {
    return score.factors().stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
  }

  @Test
  void onlyOpenAlertsCount() {
    identity("agent", IdentityKind.AGENT, "owner", true);
    identity("owner", IdentityKind.HUMAN, null, true);
    builder.add(alert("closed", Severity.CRITICAL, AlertStatus.CLOSED));
    builder.add(alert("open", Severity.LOW, AlertStatus.OPEN));

    RiskScore score = new RiskRanking(builder.build()).score("agent");

    assertThat(score.factors())
        .filteredOn(f -> f.kind() == RiskFactorKind.OPEN_ALERTS)
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).isEqualTo("1 open alert(s), worst low"));
  }

  private static io.keyward.model.domain.Alert alert(
      String id, Severity severity, AlertStatus status) {
    return new io.keyward.model.domain.Alert(
        id, "feed", id, NOW, severity, "t", "title", "agent", null, status, "{}");
  }

  private void identity(String id, IdentityKind kind, @Nullable String owner, boolean enabled) {
    builder.add(
        new Identity(
            id,
            "s",
            "ext-" + id,
            kind,
            id,
            null,
            enabled ? IdentityStatus.ENABLED : IdentityStatus.DISABLED,
            null,
            owner,
            "test",
            Map.of()));
  }

  private void grant(
      String holder,
      String permission,
      String resource,
      Privilege privilege,
      @Nullable Instant used) {
    builder.add(
        new Grant(
            holder + permission,
            "s",
            holder,
            permission,
            resource,
            privilege,
            GrantOrigin.DIRECT,
            null,
            null,
            used));
  }
}
