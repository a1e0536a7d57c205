package io.keyward.app.page.graph;

import java.util.List;
import java.util.Optional;

/** A laid-out graph: where each node, hop and label goes, in graph coordinates. */
record GraphDrawing(double width, double height, List<PlacedNode> nodes, List<PlacedEdge> edges) {

  static final GraphDrawing EMPTY = new GraphDrawing(0, 0, List.of(), List.of());

  GraphDrawing {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  record Point(double x, double y) {}

  record PlacedNode(VisibleGraph.Node node, double x, double y, double width, double height) {
    boolean contains(double px, double py) {
      return px >= x && px <= x + width && py >= y && py <= y + height;
    }
  }

  /**
   * @param points the route from the start node's border to the end node's, bends between
   * @param labelX left edge of the label box
   */
  record PlacedEdge(
      VisibleGraph.Edge edge,
      List<Point> points,
      double labelX,
      double labelY,
      double labelWidth,
      double labelHeight) {
    PlacedEdge {
      points = List.copyOf(points);
    }
  }

  /** The topmost node under a point, if any. */
  Optional<PlacedNode> nodeAt(double x, double y) {
    for (int i = nodes.size() - 1; i >= 0; i--) {
      if (nodes.get(i).contains(x, y)) {
        return Optional.of(nodes.get(i));
      }
    }
    return Optional.empty();
  }
}
