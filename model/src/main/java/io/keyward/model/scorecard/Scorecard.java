package io.keyward.model.scorecard;

import io.keyward.model.cache.ScoreEntry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The maturity score of one scope: every criterion's finding and the level they add up to, the
 * highest step whose criteria all pass, lower steps included.
 */
public record Scorecard(
    Scope scope,
    Instant computedAt,
    MaturityStep level,
    List<Finding> findings,
    Thresholds thresholds,
    List<PolicyViolation> violations) {

  public Scorecard {
    findings = List.copyOf(findings);
    violations = List.copyOf(violations);
  }

  /** Scores {@code estate} narrowed to {@code scope}. */
  public static Scorecard compute(Estate estate, Scope scope, Thresholds thresholds) {
    return compute(estate, scope, thresholds, Criteria.ALL);
  }

  static Scorecard compute(
      Estate estate, Scope scope, Thresholds thresholds, List<Criterion> criteria) {
    Estate scoped = estate.within(scope);
    List<Finding> findings = criteria.stream().map(c -> c.evaluate(scoped, thresholds)).toList();
    return new Scorecard(
        scope,
        estate.now().truncatedTo(ChronoUnit.SECONDS),
        levelOf(findings),
        findings,
        thresholds,
        new PolicyViolations(scoped).all());
  }

  /** The highest step whose criteria, and those of every step below it, all pass. */
  static MaturityStep levelOf(List<Finding> findings) {
    MaturityStep level = MaturityStep.AD_HOC;
    for (MaturityStep step : MaturityStep.values()) {
      if (step == MaturityStep.AD_HOC) {
        continue;
      }
      boolean met =
          findings.stream()
              .filter(f -> f.criterion().step() == step)
              .allMatch(f -> f.status() == Status.PASS);
      if (!met) {
        break;
      }
      level = step;
    }
    return level;
  }

  public List<Finding> of(MaturityStep step) {
    return findings.stream().filter(f -> f.criterion().step() == step).toList();
  }

  public Optional<Finding> finding(String criterionId) {
    return findings.stream().filter(f -> f.id().equals(criterionId)).findFirst();
  }

  public long count(Status status) {
    return findings.stream().filter(f -> f.status() == status).count();
  }

  /** The step above the level, or empty at the top. */
  public Optional<MaturityStep> next() {
    return level == MaturityStep.ADAPTIVE
        ? Optional.empty()
        : Optional.of(MaturityStep.ofNumber(level.number() + 1));
  }

  /** What stands between the estate and the next step, cheapest first. */
  public List<NextMove> nextMoves() {
    return next()
        .map(
            step ->
                of(step).stream()
                    .filter(f -> f.status() != Status.PASS)
                    .map(NextMove::of)
                    .sorted(Comparator.comparingInt(NextMove::points))
                    .toList())
        .orElse(List.of());
  }

  /** The findings that do not pass, by the risk they bear on. */
  public Map<Risk, List<Finding>> openByRisk() {
    Map<Risk, List<Finding>> byRisk = new EnumMap<>(Risk.class);
    for (Risk risk : Risk.values()) {
      byRisk.put(
          risk,
          findings.stream()
              .filter(f -> f.status() != Status.PASS && f.criterion().risks().contains(risk))
              .toList());
    }
    return byRisk;
  }

  /** The history entry for this score at the estate state {@code syncRunId}. */
  public ScoreEntry toEntry(long syncRunId) {
    Map<String, String> statuses = new LinkedHashMap<>();
    findings.forEach(f -> statuses.put(f.id(), f.status().name()));
    return new ScoreEntry(scope.cliForm(), syncRunId, computedAt, level.number(), statuses);
  }
}
