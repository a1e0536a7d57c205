package io.keyward.app.page.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.domain.IdentityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GraphLayoutTest {
  private final GraphLayout layout = new GraphLayout(TextWidth.monospace(7));

  @Test
  void laysDelegationsOutLeftToRightWithRoomForLabels() {
    VisibleGraph graph =
        new VisibleGraph(
            List.of(
                node("alice", IdentityKind.HUMAN),
                node("agent", IdentityKind.AGENT),
                node("role", IdentityKind.ROLE)),
            List.of(
                edge("alice", "agent", "on behalf of\ndatasets:read"),
                edge("agent", "role", "assume role")));

    GraphDrawing drawing = layout.layout(graph);
    Map<String, GraphDrawing.PlacedNode> at =
        drawing.nodes().stream().collect(Collectors.toMap(n -> n.node().id(), n -> n));

    assertThat(at.get("alice").x()).isLessThan(at.get("agent").x());
    assertThat(at.get("agent").x()).isLessThan(at.get("role").x());
    assertThat(at.get("agent").width())
        .isEqualTo(layout.nodeWidth(node("agent", IdentityKind.AGENT)));
    GraphDrawing.PlacedEdge first = drawing.edges().get(0);
    assertThat(first.points().get(0).x())
        .isCloseTo(
            at.get("alice").x() + at.get("alice").width(),
            org.assertj.core.data.Offset.offset(1.0));
    assertThat(first.labelHeight()).isEqualTo(2 * GraphLayout.LABEL_LINE + 3);
    assertThat(first.labelX()).isBetween(at.get("alice").x(), at.get("agent").x());
    assertThat(drawing.width()).isGreaterThan(at.get("role").x());
    assertThat(layout.layout(new VisibleGraph(List.of(), List.of()))).isEqualTo(GraphDrawing.EMPTY);
  }

  @Test
  void laysOutTwoThousandPrincipals() {
    List<VisibleGraph.Node> nodes = new ArrayList<>();
    List<VisibleGraph.Edge> edges = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      nodes.add(node("n" + i, IdentityKind.values()[i % IdentityKind.values().length]));
      if (i > 0) {
        edges.add(edge("n" + (i - 1) / 3, "n" + i, "on behalf of\nscope:" + i % 7));
      }
    }
    long start = System.nanoTime();
    GraphDrawing drawing = layout.layout(new VisibleGraph(nodes, edges));
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("ELK layered, 2,000 nodes and 1,999 labelled edges: " + millis + " ms");

    assertThat(drawing.nodes()).hasSize(2_000);
    assertThat(drawing.edges())
        .allSatisfy(e -> assertThat(e.points()).hasSizeGreaterThanOrEqualTo(2));
  }

  static VisibleGraph.Node node(String id, IdentityKind kind) {
    return new VisibleGraph.Node(id, id, kind);
  }

  static VisibleGraph.Edge edge(String from, String to, String label) {
    return new VisibleGraph.Edge(from + ">" + to, from, to, label, false, false);
  }
}
