package io.keyward.model.graph;

import static io.keyward.model.domain.DelegationKind.ASSUME_ROLE;
import static io.keyward.model.domain.DelegationKind.GROUP_MEMBERSHIP;
import static io.keyward.model.domain.IdentityKind.GROUP;
import static io.keyward.model.domain.IdentityKind.HUMAN;
import static io.keyward.model.domain.IdentityKind.ROLE;
import static io.keyward.model.domain.IdentityKind.SERVICE_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.domain.Privilege;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Role trust as the AWS connector records it: one ASSUME_ROLE edge per trusted principal. */
class AwsTrustTest {
  private static final String ACCOUNT = "aws:111122223333";
  private static final String OTHER = "aws:444455556666";
  private static final String ROLE_ARN = "arn:aws:iam::111122223333:role/Deploy";

  private Estate account() {
    return new Estate()
        .identity(ACCOUNT + ":role/Deploy", ROLE, null, ACCOUNT, ROLE_ARN)
        .identity(
            ACCOUNT + ":user/ci", SERVICE_ACCOUNT, null, ACCOUNT, arn("111122223333", "user/ci"))
        .identity(ACCOUNT + ":user/dev", HUMAN, null, ACCOUNT, arn("111122223333", "user/dev"))
        .identity(ACCOUNT + ":user/ops", HUMAN, null, ACCOUNT, arn("111122223333", "user/ops"))
        .identity(
            ACCOUNT + ":group/admins", GROUP, null, ACCOUNT, arn("111122223333", "group/admins"))
        .delegate(ACCOUNT + ":user/ops", ACCOUNT + ":group/admins", GROUP_MEMBERSHIP)
        .grant(ACCOUNT + ":user/ci", "sts:AssumeRole", ROLE_ARN, Privilege.WRITE)
        .grant(ACCOUNT + ":group/admins", "sts:*", "*", Privilege.ADMIN)
        .grant(
            ACCOUNT + ":role/Deploy", "s3:PutObject", "arn:aws:s3:::artifacts/*", Privilege.WRITE);
  }

  @Test
  void anAccountTrustAdmitsOnlyPrincipalsWhosePoliciesAllowTheAssume() {
    GraphIndex graph =
        account()
            .conditioned(
                ACCOUNT + ":root",
                ACCOUNT + ":role/Deploy",
                ASSUME_ROLE,
                "aws:MultiFactorAuthPresent",
                "s3:PutObject")
            .build();

    assertThat(assumers(graph))
        .containsExactlyInAnyOrder(ACCOUNT + ":root", ACCOUNT + ":user/ci", ACCOUNT + ":user/ops");
    GraphEdge admitted =
        graph.incoming(ACCOUNT + ":role/Deploy").stream()
            .filter(e -> e.fromId().endsWith("user/ci"))
            .findFirst()
            .orElseThrow();
    assertThat(admitted.condition()).isEqualTo("aws:MultiFactorAuthPresent");
    assertThat(admitted.scope()).containsExactly("s3:PutObject");
    assertThat(admitted.admission())
        .contains("account aws:111122223333:root", "ci's policies allow");
    assertThat(new BlastRadii(graph).of(ACCOUNT + ":user/dev").identities()).hasSize(1);
    assertThat(new BlastRadii(graph).of(ACCOUNT + ":user/ops").grants())
        .extracting(EffectiveGrant::permission)
        .contains("s3:PutObject");
  }

  @Test
  void theRootUserItselfCannotAssumeRoles() {
    GraphIndex graph =
        account()
            .identity(ACCOUNT + ":root", HUMAN, null, ACCOUNT, "arn:aws:iam::111122223333:root")
            .delegate(ACCOUNT + ":root", ACCOUNT + ":role/Deploy", ASSUME_ROLE)
            .build();

    assertThat(assumers(graph))
        .containsExactlyInAnyOrder(ACCOUNT + ":user/ci", ACCOUNT + ":user/ops");
  }

  @Test
  void aNamedPrincipalOfTheSameAccountNeedsNoPolicy() {
    GraphIndex graph =
        account().delegate(ACCOUNT + ":user/dev", ACCOUNT + ":role/Deploy", ASSUME_ROLE).build();

    assertThat(assumers(graph)).containsExactly(ACCOUNT + ":user/dev");
  }

  @Test
  void aNamedPrincipalOfAnotherAccountNeedsItsOwnPolicy() {
    GraphIndex graph =
        account()
            .identity(
                OTHER + ":user/auditor", HUMAN, null, OTHER, arn("444455556666", "user/auditor"))
            .identity(
                OTHER + ":role/pipeline", ROLE, null, OTHER, arn("444455556666", "role/pipeline"))
            .grant(
                OTHER + ":role/pipeline",
                "sts:AssumeRole",
                "arn:aws:iam::111122223333:role/*",
                Privilege.WRITE)
            .delegate(OTHER + ":user/auditor", ACCOUNT + ":role/Deploy", ASSUME_ROLE)
            .delegate(OTHER + ":role/pipeline", ACCOUNT + ":role/Deploy", ASSUME_ROLE)
            .delegate(OTHER + ":user/unknown", ACCOUNT + ":role/Deploy", ASSUME_ROLE)
            .build();

    assertThat(assumers(graph))
        .containsExactlyInAnyOrder(OTHER + ":role/pipeline", OTHER + ":user/unknown");
  }

  @Test
  void servicesAndFederationAreAdmittedAsNamedWithTheirConditions() {
    GraphIndex graph =
        account()
            .delegate("aws:service/ecs-tasks.amazonaws.com", ACCOUNT + ":role/Deploy", ASSUME_ROLE)
            .conditioned(
                "entra:agent/summarizer",
                ACCOUNT + ":role/Deploy",
                ASSUME_ROLE,
                "sts:AssumeRoleWithWebIdentity, sub = agent/summarizer")
            .build();

    assertThat(assumers(graph))
        .containsExactlyInAnyOrder("aws:service/ecs-tasks.amazonaws.com", "entra:agent/summarizer");
    assertThat(graph.node("aws:service/ecs-tasks.amazonaws.com").orElseThrow().external()).isTrue();
  }

  @Test
  void anyoneMeansAnyPrincipalAllowedToAssume() {
    GraphIndex graph =
        account()
            .identity(
                OTHER + ":user/stranger", HUMAN, null, OTHER, arn("444455556666", "user/stranger"))
            .grant(OTHER + ":user/stranger", "sts:AssumeRole", "*", Privilege.WRITE)
            .delegate("aws:*", ACCOUNT + ":role/Deploy", ASSUME_ROLE)
            .build();

    assertThat(assumers(graph))
        .containsExactlyInAnyOrder(
            "aws:*", ACCOUNT + ":user/ci", ACCOUNT + ":user/ops", OTHER + ":user/stranger");
  }

  private static Set<String> assumers(GraphIndex graph) {
    return graph.incoming(ACCOUNT + ":role/Deploy").stream()
        .map(GraphEdge::fromId)
        .collect(Collectors.toSet());
  }

  private static String arn(String account, String path) {
    return "arn:aws:iam::" + account + ":" + path;
  }
}
