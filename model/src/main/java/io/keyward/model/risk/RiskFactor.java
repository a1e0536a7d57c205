package io.keyward.model.risk;

/**
 * One reason an identity scores what it does.
 *
 * @param points what it adds, between 1 and the kind's maximum
 * @param reason the evidence in words, naming what it counted
 */
public record RiskFactor(RiskFactorKind kind, int points, String reason) {
  public RiskFactor {
    if (points < 1 || points > kind.maxPoints()) {
      throw new IllegalArgumentException(
          kind + " adds 1 to " + kind.maxPoints() + " points, not " + points);
    }
  }
}
