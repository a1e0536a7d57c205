package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Controls.CSF_PR_AA_05;
import static io.keyward.model.scorecard.Controls.NHI5;

import io.keyward.model.domain.Grant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Enhanced: few non-human grants sit unused. Only sources that report when a grant was last used
 * (at least one of their grants has a last use) are counted: elsewhere "never used" and "not
 * reported" look the same.
 */
final class UnusedGrantsCriterion implements Criterion {
  static final CriterionInfo INFO =
      new CriterionInfo(
          "unused-grants",
          MaturityStep.ENHANCED,
          "Unused grants of non-human identities stay below the threshold",
          "Remove grants unused for the period (access advisor, sign-in activity, role last-used"
              + " show which); grant again when a task needs it.",
          Effort.LOW,
          Set.of(Risk.LEAST_PRIVILEGE),
          List.of(CSF_PR_AA_05, NHI5));

  @Override
  public CriterionInfo info() {
    return INFO;
  }

  @Override
  public Finding evaluate(Estate estate, Thresholds thresholds) {
    Set<String> reporting =
        estate.grants().stream()
            .filter(g -> g.lastUsedAt() != null)
            .map(Grant::sourceId)
            .collect(Collectors.toSet());
    List<Grant> counted =
        estate.grants().stream()
            .filter(g -> reporting.contains(g.sourceId()) && estate.isNonHuman(g.principalId()))
            .toList();
    if (counted.isEmpty()) {
      return Finding.unknown(
          INFO,
          "No connected source reports when the grants of non-human identities were last used.");
    }
    Instant cutoff = estate.now().minus(Duration.ofDays(thresholds.unusedGrantDays()));
    List<String> unused =
        counted.stream()
            .filter(g -> g.lastUsedAt() == null || !g.lastUsedAt().isAfter(cutoff))
            .map(Grant::id)
            .sorted()
            .toList();
    Ratio ratio = new Ratio(unused.size(), counted.size());
    String measured =
        ratio
            + " non-human grants were not used in "
            + thresholds.unusedGrantDays()
            + " days; the profile allows "
            + Ratio.percent(thresholds.maxUnusedGrantShare())
            + ".";
    if (ratio.share() <= thresholds.maxUnusedGrantShare()) {
      return Finding.pass(INFO, counted.size(), measured);
    }
    return Finding.fail(
        INFO, counted.size(), measured, new Evidence(EvidenceKind.GRANT, "unused grants", unused));
  }
}
