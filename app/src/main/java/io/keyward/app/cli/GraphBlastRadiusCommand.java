package io.keyward.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.graph.BlastRadii;
import io.keyward.model.graph.BlastRadius;
import io.keyward.model.graph.EffectiveGrant;
import io.keyward.model.graph.ReachedIdentity;
import io.keyward.model.graph.ReachedResource;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code keyward graph blast-radius ID}. */
@Command(
    name = "blast-radius",
    mixinStandardHelpOptions = true,
    description =
        "What an identity or credential can reach through every delegation path: principals,"
            + " effective permissions and resources.")
final class GraphBlastRadiusCommand extends GraphQuery {
  @Parameters(
      paramLabel = "ID",
      description = "Cache id, source id (ARN, object id, client id), email, credential or name.")
  String id;

  @Mixin Traversal traversal = new Traversal();

  private BlastRadius radius(LoadedGraph graph) {
    return new BlastRadii(graph.graph()).of(graph.resolve(id).id(), traversal.options());
  }

  @Override
  ObjectNode toJson(LoadedGraph graph) {
    return GraphJson.blastRadius(radius(graph));
  }

  @Override
  String toText(LoadedGraph graph) {
    BlastRadius radius = radius(graph);
    GraphText text = new GraphText(graph.graph());
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Blast radius of %s (%s, %s): %d principals, %d permissions, %d resources%n",
            radius.start().name(),
            GraphText.kind(radius.start()),
            radius.start().id(),
            radius.identities().size(),
            radius.grants().size(),
            radius.resources().size()));
    out.append("\nPrincipals (hops from the start):\n");
    for (ReachedIdentity reached : radius.identities()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %d  %-32s %-16s%s%n",
              reached.depth(),
              reached.node().name(),
              GraphText.kind(reached.node()),
              reached.via() == null
                  ? ""
                  : "via "
                      + text.name(reached.via().fromId())
                      + GraphText.arrow(reached.via()).stripTrailing()
                      + (reached.conditional() ? "  [conditional]" : "")));
    }
    out.append("\nEffective permissions:\n");
    for (EffectiveGrant grant : radius.grants()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-6s %s on %s  (held by %s%s%s)%n",
              grant.privilege(),
              grant.permission(),
              grant.resource(),
              text.name(grant.holderId()),
              grant.condition() == null ? "" : ", if " + grant.condition(),
              grant.conditionalPath() ? ", conditional path" : ""));
    }
    out.append("\nResources:\n");
    for (ReachedResource reached : radius.resources()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-6s %-28s %-14s%s via %s%s%n",
              reached.privilege(),
              reached.resource().name(),
              reached.resource().kind(),
              reached.resource().sensitive() ? " sensitive" : "",
              String.join(", ", reached.permissions()),
              reached.conditional() ? "  [conditional]" : ""));
    }
    return out.toString().stripTrailing();
  }
}
