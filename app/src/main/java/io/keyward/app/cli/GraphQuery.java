package io.keyward.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.graph.ReachOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every graph and risk command shares: {@code --cache}, {@code --json}, loading the graph
 * once, and printing either the JSON contract or text.
 */
abstract class GraphQuery implements Callable<Integer> {
  @Mixin CacheOption cache = new CacheOption();

  @Option(names = "--json", description = "Print JSON (a stable contract, see docs/graph.md).")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public final Integer call() {
    String output;
    try (LoadedGraph graph = LoadedGraph.open(cache.file())) {
      output = json ? GraphJson.write(toJson(graph)) : toText(graph);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(output);
    out.flush();
    return 0;
  }

  abstract ObjectNode toJson(LoadedGraph graph);

  abstract String toText(LoadedGraph graph);

  /** The hop options the path-walking commands share. */
  static final class Traversal {
    @Option(
        names = "--depth",
        paramLabel = "N",
        description = "Follow at most N hops (default: no limit).")
    int depth = Integer.MAX_VALUE;

    @Option(
        names = "--no-conditional",
        description = "Leave out hops that carry a condition (external id, VPC endpoint, ...).")
    boolean noConditional;

    ReachOptions options() {
      return new ReachOptions(!noConditional, depth);
    }
  }
}
