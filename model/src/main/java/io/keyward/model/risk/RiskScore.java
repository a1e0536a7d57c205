package io.keyward.model.risk;

import io.keyward.model.graph.GraphNode;
import java.util.Comparator;
import java.util.List;

/**
 * An identity's risk, 0 to 100: the sum of its factors' points, capped at 100.
 *
 * @param factors the factors that add points, most points first
 */
public record RiskScore(GraphNode identity, int score, List<RiskFactor> factors) {
  public static final int MAX = 100;

  /** Highest score first, ties by identity id, so rankings are stable. */
  public static final Comparator<RiskScore> RISKIEST_FIRST =
      Comparator.comparingInt(RiskScore::score).reversed().thenComparing(s -> s.identity().id());

  public RiskScore {
    factors = List.copyOf(factors);
    if (score < 0 || score > MAX) {
      throw new IllegalArgumentException("a risk score is 0 to 100, not " + score);
    }
  }
}
