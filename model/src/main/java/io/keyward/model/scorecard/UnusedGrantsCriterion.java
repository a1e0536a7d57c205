package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Controls.CSF_PR_AA_05;
import static io.keyward.model.scorecard.Controls.NHI5;

import io.keyward.model.usage.GrantUse;
import io.keyward.model.usage.UsageAnalysis;
import io.keyward.model.usage.UsageStatus;
import java.util.List;
import java.util.Set;

/**
 * Enhanced: few non-human grants sit unused. Use comes from {@link UsageAnalysis}: access events
 * that fall under a grant, or the source's own last-use report. Grants nobody observes (no events
 * reach back over the window, no last use reported) are left out: there "never used" and "not
 * observed" look the same.
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
    UsageAnalysis usage = estate.usage(thresholds.unusedGrantDays());
    List<GrantUse> counted =
        usage.grants().stream()
            .filter(
                g ->
                    g.status() != UsageStatus.UNKNOWN && estate.isNonHuman(g.grant().principalId()))
            .toList();
    if (counted.isEmpty()) {
      return Finding.unknown(
          INFO,
          "No access events or last-use reports show whether the grants of non-human identities"
              + " are used.");
    }
    List<String> unused =
        counted.stream()
            .filter(g -> g.status() == UsageStatus.UNUSED)
            .map(g -> g.grant().id())
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
        INFO,
        counted.size(),
        measured,
        new Evidence(
            EvidenceKind.GRANT, "unused grants (last use of each: keyward usage unused)", unused));
  }
}
