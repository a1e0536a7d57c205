package io.keyward.model.graph;

import static io.keyward.model.domain.DelegationKind.ASSUME_ROLE;
import static io.keyward.model.domain.DelegationKind.ON_BEHALF_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DelegationPathsTest {
  private final GraphIndex graph =
      new Estate()
          .delegate("a", "b", ON_BEHALF_OF)
          .delegate("a", "c", ON_BEHALF_OF)
          .delegate("b", "c", ON_BEHALF_OF)
          .delegate("b", "d", ASSUME_ROLE)
          .conditioned("c", "d", ASSUME_ROLE, "sts:ExternalId = e")
          .delegate("d", "a", ON_BEHALF_OF)
          .delegate("x", "y", ON_BEHALF_OF)
          .build();

  @Test
  void listsTheShortestPathsFirst() {
    List<DelegationChain> paths = new DelegationPaths(graph).between("a", "d", 5, ReachOptions.ALL);

    assertThat(paths)
        .extracting(DelegationChain::principals)
        .containsExactly(
            List.of("a", "b", "d"), List.of("a", "c", "d"), List.of("a", "b", "c", "d"));
  }

  @Test
  void honoursKConditionsAndDepth() {
    DelegationPaths paths = new DelegationPaths(graph);

    assertThat(paths.between("a", "d", 1, ReachOptions.ALL)).hasSize(1);
    assertThat(paths.between("a", "d", 5, new ReachOptions(false, 10)))
        .extracting(DelegationChain::principals)
        .containsExactly(List.of("a", "b", "d"));
    assertThat(paths.between("a", "c", 5, new ReachOptions(true, 1)))
        .extracting(DelegationChain::principals)
        .containsExactly(List.of("a", "c"));
  }

  @Test
  void findsNothingOutOfReachAndRefusesNonsense() {
    DelegationPaths paths = new DelegationPaths(graph);

    assertThat(paths.between("a", "y", 3, ReachOptions.ALL)).isEmpty();
    assertThatThrownBy(() -> paths.between("a", "a", 3, ReachOptions.ALL))
        .hasMessageContaining("two different");
    assertThatThrownBy(() -> paths.between("a", "nobody", 3, ReachOptions.ALL))
        .hasMessageContaining("no principal nobody");
  }
}
