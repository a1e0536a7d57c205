package io.keyward.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.graph.DelegationChain;
import io.keyward.model.graph.DelegationPaths;
import io.keyward.model.graph.GraphNode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code keyward graph paths FROM TO}. */
@Command(
    name = "paths",
    mixinStandardHelpOptions = true,
    description = "The shortest delegation paths from one principal to another, fewest hops first.")
final class GraphPathsCommand extends GraphQuery {
  @Parameters(index = "0", paramLabel = "FROM", description = "Where the paths start.")
  String from;

  @Parameters(index = "1", paramLabel = "TO", description = "Where the paths end.")
  String to;

  @Option(names = "-k", paramLabel = "K", description = "How many paths (default: 3).")
  int k = 3;

  @Mixin Traversal traversal = new Traversal();

  private record Found(GraphNode from, GraphNode to, List<DelegationChain> paths) {}

  private Found find(LoadedGraph graph) {
    GraphNode start = graph.resolve(from);
    GraphNode end = graph.resolve(to);
    return new Found(
        start,
        end,
        new DelegationPaths(graph.graph()).between(start.id(), end.id(), k, traversal.options()));
  }

  @Override
  ObjectNode toJson(LoadedGraph graph) {
    Found found = find(graph);
    ObjectNode root = GraphJson.object();
    root.set("from", GraphJson.node(found.from()));
    root.set("to", GraphJson.node(found.to()));
    GraphJson.array(root.putArray("paths"), found.paths(), GraphJson::chain);
    return root;
  }

  @Override
  String toText(LoadedGraph graph) {
    Found found = find(graph);
    GraphText text = new GraphText(graph.graph());
    if (found.paths().isEmpty()) {
      return found.to().name() + " is out of reach of " + found.from().name();
    }
    StringBuilder out = new StringBuilder();
    int n = 1;
    for (DelegationChain path : found.paths()) {
      out.append(n++).append(". ").append(path.hops().size()).append(" hops: ");
      out.append(text.chain(path)).append('\n');
      path.escalations()
          .forEach(e -> out.append("   escalation at ").append(text.escalation(e)).append('\n'));
    }
    return out.toString().stripTrailing();
  }
}
