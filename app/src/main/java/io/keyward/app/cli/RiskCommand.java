package io.keyward.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.risk.RiskFactor;
import io.keyward.model.risk.RiskRanking;
import io.keyward.model.risk.RiskScore;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code keyward risk --top N}. */
@Command(
    name = "risk",
    mixinStandardHelpOptions = true,
    description = "The riskiest identities, 0-100, with the factors behind each score.")
public final class RiskCommand extends GraphQuery {
  @Option(names = "--top", paramLabel = "N", description = "How many identities (default: 10).")
  int top = 10;

  @Override
  ObjectNode toJson(LoadedGraph graph) {
    ObjectNode root = GraphJson.object();
    GraphJson.array(
        root.putArray("identities"), new RiskRanking(graph.graph()).top(top), GraphJson::risk);
    return root;
  }

  @Override
  String toText(LoadedGraph graph) {
    List<RiskScore> scores = new RiskRanking(graph.graph()).top(top);
    StringBuilder out = new StringBuilder();
    for (RiskScore score : scores) {
      out.append(
          String.format(
              Locale.ROOT,
              "%3d  %s (%s, %s)%n",
              score.score(),
              score.identity().name(),
              GraphText.kind(score.identity()),
              score.identity().id()));
      for (RiskFactor factor : score.factors()) {
        out.append(
            String.format(
                Locale.ROOT,
                "       +%-2d %s: %s%n",
                factor.points(),
                factor.kind().label(),
                factor.reason()));
      }
    }
    return out.toString().stripTrailing();
  }
}
