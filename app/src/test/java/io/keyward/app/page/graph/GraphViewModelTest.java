package io.keyward.app.page.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.task.InlineBackgroundTasks;
import io.keyward.model.cache.Cache;
import io.keyward.model.demo.DemoEstate;
import io.keyward.model.demo.DemoScale;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph page's state on the demo estate, with jobs run inline and text of fixed width. */
class GraphViewModelTest {
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  static final String ALICE = "entra:demo-corp:user/alice.nguyen";
  static final String RESEARCH_AGENT = "entra:demo-corp:agent/research-agent";
  static final String SUMMARIZER = "entra:demo-corp:agent/research-summarizer";
  static final String DATA_LAKE_READER = "aws:111122223333:role/DataLakeReader";

  @TempDir static Path dir;
  private static Cache cache;

  @BeforeAll
  static void demo() {
    cache = demo(dir);
  }

  /** The demo estate (seed 7) in a new cache in {@code dir}, on a clock fixed at its "now". */
  static Cache demo(Path dir) {
    Cache demo = Cache.open(dir.resolve("demo.db"), Clock.fixed(NOW, ZoneOffset.UTC));
    DemoEstate.write(demo, DemoScale.DEMO, 7, NOW);
    return demo;
  }

  @AfterAll
  static void close() {
    cache.close();
  }

  static GraphViewModel viewModel() {
    return viewModel(cache);
  }

  static GraphViewModel viewModel(Cache cache) {
    return new GraphViewModel(
        new EstateGraph(cache.repository(), cache.clock()),
        new InlineBackgroundTasks(),
        TextWidth.monospace(7));
  }

  private static Set<String> drawn(GraphViewModel model) {
    return model.drawing().get().nodes().stream()
        .map(n -> n.node().id())
        .collect(Collectors.toSet());
  }

  @Test
  void opensOnThePlantedEscalationWithItsChainDrawnAndHighlighted() {
    GraphViewModel model = viewModel();
    model.activate();

    assertThat(model.focus().get().id()).isEqualTo(RESEARCH_AGENT);
    assertThat(drawn(model)).contains(ALICE, RESEARCH_AGENT, SUMMARIZER, DATA_LAKE_READER);
    assertThat(model.chains()).hasSize(1);
    assertThat(model.chains().get(0).principals())
        .containsExactly(ALICE, RESEARCH_AGENT, SUMMARIZER, DATA_LAKE_READER);
    List<VisibleGraph.Edge> escalating =
        model.drawing().get().edges().stream()
            .map(GraphDrawing.PlacedEdge::edge)
            .filter(VisibleGraph.Edge::escalating)
            .toList();
    assertThat(escalating)
        .extracting(VisibleGraph.Edge::fromId)
        .contains(RESEARCH_AGENT, SUMMARIZER);
    assertThat(
            escalating.stream()
                .filter(e -> e.fromId().equals(RESEARCH_AGENT))
                .findFirst()
                .orElseThrow()
                .label())
        .isEqualTo("on behalf of\ndatasets:read, datasets:write\nwidens +datasets:write");
    assertThat(model.selected().get().id()).isEqualTo(RESEARCH_AGENT);
    assertThat(model.risk().get().score()).isPositive();
    assertThat(model.status().get()).contains("principals", "2 widen scope");
    assertThat(model.busy().get()).isFalse();
  }

  @Test
  void expandsAndCollapsesNeighbours() {
    GraphViewModel model = viewModel();
    model.activate();
    int before = model.drawing().get().nodes().size();

    model.toggle(DATA_LAKE_READER);
    assertThat(model.expanded(DATA_LAKE_READER)).isTrue();
    Set<String> expanded = drawn(model);
    assertThat(expanded).hasSizeGreaterThanOrEqualTo(before);
    assertThat(expanded).contains("aws:111122223333:role/forecast-agent");

    model.toggle(DATA_LAKE_READER);
    assertThat(model.expanded(DATA_LAKE_READER)).isFalse();
    assertThat(model.drawing().get().nodes()).hasSize(before);
  }

  @Test
  void findsAPathAndFocusesItsChain() {
    GraphViewModel model = viewModel();
    model.activate();

    model.findPath("alice.nguyen", "DataLakeReader");

    assertThat(drawn(model))
        .containsExactlyInAnyOrder(ALICE, RESEARCH_AGENT, SUMMARIZER, DATA_LAKE_READER);
    assertThat(model.focusedChain().get().hops()).hasSize(3);
    assertThat(model.highlight().get().nodes()).contains(ALICE, DATA_LAKE_READER);
    assertThat(model.highlight().get().dims()).isTrue();

    model.focusChain(null);
    assertThat(model.highlight().get().dims()).isFalse();

    model.findPath("DataLakeReader", "alice.nguyen");
    assertThat(model.problem().get()).contains("out of reach");
  }

  @Test
  void showsAnyKeyAndSaysWhenItIsAmbiguous() {
    GraphViewModel model = viewModel();
    model.show("aws:111122223333:user/deploy-agent/key-1");
    assertThat(model.focus().get().name()).isEqualTo("deploy-agent");
    assertThat(model.risk().get().score()).isGreaterThanOrEqualTo(80);

    model.show("forecast-agent-3");
    assertThat(model.problem().get()).contains("ambiguous");
    assertThat(model.focus().get().name()).isEqualTo("deploy-agent");
  }
}
