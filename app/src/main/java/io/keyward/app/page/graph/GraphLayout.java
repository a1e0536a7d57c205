package io.keyward.app.page.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays the visible graph out left to right with ELK's layered algorithm (Sugiyama style: layers by
 * delegation order, crossings minimised, edge labels placed between layers). Pure computation, run
 * off the FX thread.
 */
final class GraphLayout {
  static final double NODE_HEIGHT = 30;
  static final double NODE_PADDING = 10;
  static final double GLYPH = 14;
  static final double LABEL_LINE = 12;
  private static final double MARGIN = 24;

  static {
    LayoutMetaDataService.getInstance()
        .registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  private final TextWidth width;

  GraphLayout(TextWidth width) {
    this.width = width;
  }

  GraphDrawing layout(VisibleGraph graph) {
    if (graph.nodes().isEmpty()) {
      return GraphDrawing.EMPTY;
    }
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
    root.setProperty(CoreOptions.SPACING_NODE_NODE, 18.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
    root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 40.0);
    Map<String, ElkNode> nodes = new HashMap<>();
    List<VisibleGraph.Node> order = new ArrayList<>();
    for (VisibleGraph.Node node : graph.nodes()) {
      ElkNode elk = ElkGraphUtil.createNode(root);
      elk.setIdentifier(node.id());
      elk.setDimensions(nodeWidth(node), NODE_HEIGHT);
      nodes.put(node.id(), elk);
      order.add(node);
    }
    List<ElkEdge> edges = new ArrayList<>();
    List<VisibleGraph.Edge> shown = new ArrayList<>();
    for (VisibleGraph.Edge edge : graph.edges()) {
      ElkNode from = nodes.get(edge.fromId());
      ElkNode to = nodes.get(edge.toId());
      if (from == null || to == null) {
        continue;
      }
      ElkEdge elk = ElkGraphUtil.createSimpleEdge(from, to);
      ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elk);
      String[] lines = edge.label().split("\n");
      double widest = 0;
      for (String line : lines) {
        widest = Math.max(widest, width.of(line, true));
      }
      label.setDimensions(widest + 6, LABEL_LINE * lines.length + 3);
      label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
      edges.add(elk);
      shown.add(edge);
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

    List<GraphDrawing.PlacedNode> placed = new ArrayList<>();
    for (VisibleGraph.Node node : order) {
      ElkNode elk = nodes.get(node.id());
      placed.add(
          new GraphDrawing.PlacedNode(
              node, elk.getX() + MARGIN, elk.getY() + MARGIN, elk.getWidth(), elk.getHeight()));
    }
    List<GraphDrawing.PlacedEdge> routes = new ArrayList<>();
    for (int i = 0; i < edges.size(); i++) {
      routes.add(route(shown.get(i), edges.get(i)));
    }
    return new GraphDrawing(
        root.getWidth() + 2 * MARGIN, root.getHeight() + 2 * MARGIN, placed, routes);
  }

  double nodeWidth(VisibleGraph.Node node) {
    return NODE_PADDING * 3 + GLYPH + width.of(node.name(), false);
  }

  private static GraphDrawing.PlacedEdge route(VisibleGraph.Edge edge, ElkEdge elk) {
    List<GraphDrawing.Point> points = new ArrayList<>();
    if (!elk.getSections().isEmpty()) {
      ElkEdgeSection section = elk.getSections().get(0);
      points.add(
          new GraphDrawing.Point(section.getStartX() + MARGIN, section.getStartY() + MARGIN));
      section
          .getBendPoints()
          .forEach(b -> points.add(new GraphDrawing.Point(b.getX() + MARGIN, b.getY() + MARGIN)));
      points.add(new GraphDrawing.Point(section.getEndX() + MARGIN, section.getEndY() + MARGIN));
    }
    ElkLabel label = elk.getLabels().get(0);
    return new GraphDrawing.PlacedEdge(
        edge,
        points,
        label.getX() + MARGIN,
        label.getY() + MARGIN,
        label.getWidth(),
        label.getHeight());
  }
}
