package io.keyward.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.graph.ChainSet;
import io.keyward.model.graph.DelegationChain;
import io.keyward.model.graph.DelegationChains;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code keyward graph chains ID}. */
@Command(
    name = "chains",
    mixinStandardHelpOptions = true,
    description =
        "Every delegation chain through an identity (from its first delegator to the end), with"
            + " the hops that widen scope.")
final class GraphChainsCommand extends GraphQuery {
  @Parameters(paramLabel = "ID", description = "The identity (id, source id, email or name).")
  String id;

  @Option(
      names = "--depth",
      paramLabel = "N",
      description = "At most N hops per chain (default: 6).")
  int depth = DelegationChains.DEFAULT_DEPTH;

  @Option(names = "--limit", paramLabel = "N", description = "At most N chains (default: 500).")
  int limit = DelegationChains.DEFAULT_LIMIT;

  private ChainSet chains(LoadedGraph graph) {
    return new DelegationChains(graph.graph()).of(graph.resolve(id).id(), depth, limit);
  }

  @Override
  ObjectNode toJson(LoadedGraph graph) {
    return GraphJson.chains(chains(graph));
  }

  @Override
  String toText(LoadedGraph graph) {
    ChainSet set = chains(graph);
    GraphText text = new GraphText(graph.graph());
    StringBuilder out = new StringBuilder();
    out.append(set.chains().size())
        .append(" chain(s) through ")
        .append(set.identity().name())
        .append(" (at most ")
        .append(set.depth())
        .append(" hops)")
        .append(set.truncated() ? ", more not listed" : "")
        .append('\n');
    for (DelegationChain chain : set.chains()) {
      out.append(chain.escalates() ? "! " : "  ").append(text.chain(chain)).append('\n');
      chain
          .escalations()
          .forEach(e -> out.append("    escalation at ").append(text.escalation(e)).append('\n'));
    }
    return out.toString().stripTrailing();
  }
}
