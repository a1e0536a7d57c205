package io.keyward.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.graph.DelegationChain;
import io.keyward.model.graph.DelegationCycle;
import io.keyward.model.graph.DelegationCycles;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code keyward graph cycles}. */
@Command(
    name = "cycles",
    mixinStandardHelpOptions = true,
    description = "Principals that can act through each other in a ring.")
final class GraphCyclesCommand extends GraphQuery {
  @Override
  ObjectNode toJson(LoadedGraph graph) {
    ObjectNode root = GraphJson.object();
    GraphJson.array(
        root.putArray("cycles"), new DelegationCycles(graph.graph()).find(), GraphJson::cycle);
    return root;
  }

  @Override
  String toText(LoadedGraph graph) {
    List<DelegationCycle> cycles = new DelegationCycles(graph.graph()).find();
    GraphText text = new GraphText(graph.graph());
    StringBuilder out = new StringBuilder(cycles.size() + " delegation cycle(s)\n");
    for (DelegationCycle cycle : cycles) {
      out.append("  ")
          .append(text.chain(new DelegationChain(cycle.hops(), List.of())))
          .append('\n');
    }
    return out.toString().stripTrailing();
  }
}
