package io.keyward.model.graph;

import static io.keyward.model.domain.DelegationKind.ASSUME_ROLE;
import static io.keyward.model.domain.DelegationKind.ON_BEHALF_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DelegationChainsTest {
  private final GraphIndex graph =
      new Estate()
          .delegate("alice", "agent", ON_BEHALF_OF, "read")
          .delegate("bob", "agent", ON_BEHALF_OF, "read")
          .delegate("agent", "sub", ON_BEHALF_OF, "read", "write")
          .delegate("sub", "role", ASSUME_ROLE, "write")
          .delegate("agent", "other-role", ASSUME_ROLE, "read")
          .build();

  @Test
  void joinsEveryWayInWithEveryWayOn() {
    ChainSet chains = new DelegationChains(graph).of("agent", 6, 100);

    assertThat(chains.chains())
        .extracting(DelegationChain::principals)
        .containsExactlyInAnyOrder(
            List.of("alice", "agent", "sub", "role"),
            List.of("alice", "agent", "other-role"),
            List.of("bob", "agent", "sub", "role"),
            List.of("bob", "agent", "other-role"));
    assertThat(chains.truncated()).isFalse();
  }

  @Test
  void marksTheEscalatingHopOfEachChain() {
    DelegationChain chain =
        new DelegationChains(graph)
            .of("sub", 6, 100).chains().stream()
                .filter(c -> c.principals().get(0).equals("alice"))
                .findFirst()
                .orElseThrow();

    assertThat(chain.escalates()).isTrue();
    assertThat(chain.escalations())
        .extracting(Escalation::hop, Escalation::extraScope)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, List.of("write")));
  }

  @Test
  void cutsChainsAtTheDepthAndTheLimit() {
    DelegationChains chains = new DelegationChains(graph);

    assertThat(chains.of("alice", 2, 100).chains())
        .extracting(DelegationChain::principals)
        .containsExactlyInAnyOrder(
            List.of("alice", "agent", "sub"), List.of("alice", "agent", "other-role"));
    ChainSet limited = chains.of("agent", 6, 2);
    assertThat(limited.chains()).hasSize(2);
    assertThat(limited.truncated()).isTrue();
    assertThatThrownBy(() -> chains.of("agent", 0, 5)).hasMessageContaining("at least 1 hop");
  }

  @Test
  void neverRevisitsAPrincipalOnACycle() {
    GraphIndex ring =
        new Estate()
            .delegate("a", "b", ON_BEHALF_OF)
            .delegate("b", "c", ON_BEHALF_OF)
            .delegate("c", "a", ON_BEHALF_OF)
            .build();

    assertThat(new DelegationChains(ring).of("a", 10, 100).chains())
        .extracting(DelegationChain::principals)
        .allSatisfy(p -> assertThat(p).doesNotHaveDuplicates());
  }
}
