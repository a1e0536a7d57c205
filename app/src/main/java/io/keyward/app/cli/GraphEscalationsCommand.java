package io.keyward.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.graph.Escalation;
import io.keyward.model.graph.Escalations;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code keyward graph escalations}. */
@Command(
    name = "escalations",
    mixinStandardHelpOptions = true,
    description =
        "Every delegation hop that widens scope: what the identity received, what it passes on"
            + " beyond that, and a chain that leads there.")
final class GraphEscalationsCommand extends GraphQuery {
  @Option(names = "--limit", paramLabel = "N", description = "List at most N (default: all).")
  int limit = Integer.MAX_VALUE;

  @Override
  ObjectNode toJson(LoadedGraph graph) {
    List<Escalation> all = new Escalations(graph.graph()).all();
    ObjectNode root = GraphJson.object();
    root.put("total", all.size());
    GraphJson.array(
        root.putArray("escalations"), all.stream().limit(limit).toList(), GraphJson::escalation);
    return root;
  }

  @Override
  String toText(LoadedGraph graph) {
    List<Escalation> all = new Escalations(graph.graph()).all();
    GraphText text = new GraphText(graph.graph());
    StringBuilder out = new StringBuilder();
    out.append(all.size()).append(" hop(s) widen scope\n");
    for (Escalation escalation : all.stream().limit(limit).toList()) {
      out.append("  ").append(text.escalation(escalation)).append('\n');
      out.append("    chain: ")
          .append(
              text.chain(new io.keyward.model.graph.DelegationChain(escalation.chain(), List.of())))
          .append('\n');
    }
    return out.toString().stripTrailing();
  }
}
