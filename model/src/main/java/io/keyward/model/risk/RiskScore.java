package io.keyward.model.risk;

import io.keyward.model.graph.GraphNode;
import java.util.List;

/**
 * An identity's risk, 0 to 100: the sum of its factors' points, capped at 100.
 *
 * @param factors the factors that add points, most points first
 */
public record RiskScore(GraphNode identity, int score, List<RiskFactor> factors) {
  public static final int MAX = 100;

  public RiskScore {
    factors = List.copyOf(factors);
    if (score < 0 || score > MAX) {
      throw new IllegalArgumentException("a risk score is 0 to 100, not " + score);
    }
  }
}
