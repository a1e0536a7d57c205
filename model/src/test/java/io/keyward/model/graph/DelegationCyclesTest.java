package io.keyward.model.graph;

import static io.keyward.model.domain.DelegationKind.ON_BEHALF_OF;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DelegationCyclesTest {

  @Test
  void findsEachRingWithAnExampleCycle() {
    GraphIndex graph =
        new Estate()
            .delegate("tail", "a", ON_BEHALF_OF)
            .delegate("a", "b", ON_BEHALF_OF)
            .delegate("b", "c", ON_BEHALF_OF)
            .delegate("c", "a", ON_BEHALF_OF)
            .delegate("c", "out", ON_BEHALF_OF)
            .delegate("x", "y", ON_BEHALF_OF)
            .delegate("y", "x", ON_BEHALF_OF)
            .delegate("p", "q", ON_BEHALF_OF)
            .build();

    List<DelegationCycle> cycles = new DelegationCycles(graph).find();

    assertThat(cycles)
        .extracting(DelegationCycle::members)
        .containsExactly(List.of("a", "b", "c"), List.of("x", "y"));
    assertThat(cycles.get(0).hops())
        .extracting(GraphEdge::fromId, GraphEdge::toId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", "b"),
            org.assertj.core.groups.Tuple.tuple("b", "c"),
            org.assertj.core.groups.Tuple.tuple("c", "a"));
  }

  @Test
  void findsNoneInAnAcyclicGraph() {
    GraphIndex graph =
        new Estate().delegate("a", "b", ON_BEHALF_OF).delegate("b", "c", ON_BEHALF_OF).build();

    assertThat(new DelegationCycles(graph).find()).isEmpty();
  }
}
