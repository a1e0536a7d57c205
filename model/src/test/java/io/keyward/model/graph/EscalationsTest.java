package io.keyward.model.graph;

import static io.keyward.model.domain.DelegationKind.ASSUME_ROLE;
import static io.keyward.model.domain.DelegationKind.GROUP_MEMBERSHIP;
import static io.keyward.model.domain.DelegationKind.IMPERSONATION;
import static io.keyward.model.domain.DelegationKind.ON_BEHALF_OF;
import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.domain.Privilege;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationsTest {

  @Test
  void reportsTheHopTheExtraScopeAndTheEdgeThatGrantsIt() {
    GraphIndex graph =
        new Estate()
            .delegate("human", "agent", ON_BEHALF_OF, "datasets:read")
            .delegate("agent", "sub", ON_BEHALF_OF, "datasets:read")
            .delegate("sub", "worker", ON_BEHALF_OF, "datasets:read", "datasets:write")
            .build();

    List<Escalation> found = new Escalations(graph).all();

    assertThat(found).hasSize(1);
    Escalation escalation = found.get(0);
    assertThat(escalation.hop()).isEqualTo(3);
    assertThat(escalation.extraScope()).containsExactly("datasets:write");
    assertThat(escalation.widenedBy()).isEqualTo("sub");
    assertThat(escalation.exercised().toId()).isEqualTo("worker");
    assertThat(escalation.received().fromId()).isEqualTo("agent");
    assertThat(escalation.chain())
        .extracting(GraphEdge::fromId)
        .containsExactly("human", "agent", "sub");
  }

  @Test
  void wildcardsAndUnrestrictedHopsCoverWhatFollows() {
    GraphIndex graph =
        new Estate()
            .delegate("a", "b", ON_BEHALF_OF, "s3:*")
            .delegate("b", "c", ASSUME_ROLE, "S3:GetObject", "s3:PutObject")
            .delegate("x", "y", GROUP_MEMBERSHIP)
            .delegate("y", "z", ON_BEHALF_OF, "anything")
            .build();

    assertThat(new Escalations(graph).all()).isEmpty();
  }

  @Test
  void anUnrestrictedHopExercisesWhatItsTargetHolds() {
    GraphIndex graph =
        new Estate()
            .delegate("owner", "agent", ON_BEHALF_OF, "s3:GetObject")
            .delegate("agent", "role", ASSUME_ROLE)
            .grant("role", "s3:GetObject", "lake/*", Privilege.READ)
            .grant("role", "s3:DeleteObject", "lake/*", Privilege.WRITE)
            .delegate("owner", "quiet", ON_BEHALF_OF, "s3:GetObject")
            .delegate("quiet", "reader", ASSUME_ROLE)
            .grant("reader", "s3:GetObject", "lake/*", Privilege.READ)
            .build();

    assertThat(new Escalations(graph).all())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.widenedBy()).isEqualTo("agent");
              assertThat(e.extraScope()).containsExactly("s3:DeleteObject");
              assertThat(e.hop()).isEqualTo(2);
            });
  }

  @Test
  void findsEveryWideningHopOnAChainOnce() {
    GraphIndex graph =
        new Estate()
            .delegate("alice", "eval", ON_BEHALF_OF, "evaluation:run")
            .delegate("eval", "trainer", IMPERSONATION, "roles/iam.serviceAccountTokenCreator")
            .delegate("trainer", "job", IMPERSONATION, "roles/iam.serviceAccountTokenCreator")
            .build();

    assertThat(new Escalations(graph).all())
        .extracting(Escalation::widenedBy, Escalation::hop)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("eval", 2));
  }

  @Test
  void ignoresAHopStraightBackToTheDelegator() {
    GraphIndex graph =
        new Estate()
            .delegate("a", "b", ON_BEHALF_OF, "read")
            .delegate("b", "a", ON_BEHALF_OF, "read", "write")
            .build();

    assertThat(new Escalations(graph).all()).isEmpty();
  }
}
