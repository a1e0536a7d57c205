package io.keyward.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.graph.ReachedIdentity;
import io.keyward.model.graph.ResourceAccess;
import io.keyward.model.graph.ResourceReach;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code keyward graph reach RESOURCE}: who can reach a resource. */
@Command(
    name = "reach",
    mixinStandardHelpOptions = true,
    description = "Who can reach a resource: its holders and everyone who acts through them.")
final class GraphReachCommand extends GraphQuery {
  @Parameters(paramLabel = "RESOURCE", description = "The resource's cache id or source id.")
  String resource;

  @Mixin Traversal traversal = new Traversal();

  private ResourceAccess access(LoadedGraph graph) {
    return new ResourceReach(graph.graph()).of(resource, traversal.options());
  }

  @Override
  ObjectNode toJson(LoadedGraph graph) {
    return GraphJson.access(access(graph));
  }

  @Override
  String toText(LoadedGraph graph) {
    ResourceAccess access = access(graph);
    GraphText text = new GraphText(graph.graph());
    StringBuilder out = new StringBuilder();
    out.append(access.principals().size())
        .append(" principal(s) can reach ")
        .append(access.resource().name())
        .append('\n');
    for (ReachedIdentity reached : access.principals()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %d  %-32s %-16s%s%n",
              reached.depth(),
              reached.node().name(),
              GraphText.kind(reached.node()),
              reached.via() == null
                  ? "holds a grant on it"
                  : "through "
                      + text.name(reached.via().toId())
                      + (reached.conditional() ? "  [conditional]" : "")));
    }
    return out.toString().stripTrailing();
  }
}
