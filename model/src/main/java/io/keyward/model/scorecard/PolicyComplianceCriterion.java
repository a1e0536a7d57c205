package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Controls.CSF_PR_AA_05;
import static io.keyward.model.scorecard.Controls.NHI5;
import static io.keyward.model.scorecard.Controls.RMF_GOVERN_2_1;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Enhanced: the agents that have a policy keep to it. Unknown until at least one agent policy is
 * imported: least privilege cannot be judged against intent nobody wrote down.
 */
final class PolicyComplianceCriterion implements Criterion {
  static final CriterionInfo INFO =
      new CriterionInfo(
          "policy-compliance",
          MaturityStep.ENHANCED,
          "Agents keep to their declared policies",
          "Bring each listed agent back within its policy (shorter tokens, grants within data"
              + " scope and access level, an active owner, regular audits), or correct the policy.",
          Effort.MEDIUM,
          Set.of(Risk.LEAST_PRIVILEGE, Risk.ACCOUNTABILITY, Risk.DATA_SAFEGUARDING),
          List.of(CSF_PR_AA_05, RMF_GOVERN_2_1, NHI5));

  @Override
  public CriterionInfo info() {
    return INFO;
  }

  @Override
  public Finding evaluate(Estate estate, Thresholds thresholds) {
    if (estate.policies().isEmpty()) {
      return Finding.unknown(INFO, "No agent policy is imported yet.");
    }
    List<PolicyViolation> violations = new PolicyViolations(estate).all();
    List<String> agents =
        violations.stream()
            .map(v -> Objects.requireNonNullElse(v.agentId(), v.policyAgentId()))
            .distinct()
            .sorted()
            .toList();
    if (violations.isEmpty()) {
      return Finding.pass(
          INFO,
          estate.policies().size(),
          "All "
              + Ratio.count(estate.policies().size(), "agent keeps", "agents keep")
              + " to its policy.");
    }
    return Finding.fail(
        INFO,
        estate.policies().size(),
        new Ratio(agents.size(), estate.policies().size())
            + " agents with a policy break it ("
            + Ratio.count(violations.size(), "violation", "violations")
            + ").",
        new Evidence(
            EvidenceKind.IDENTITY,
            "agents breaking their policy",
            violations.stream()
                .filter(v -> v.agentId() != null)
                .map(PolicyViolation::agentId)
                .distinct()
                .sorted()
                .toList()),
        items(violations, EvidenceKind.GRANT, "grants outside policy"),
        items(violations, EvidenceKind.CREDENTIAL, "credentials outliving the policy's limit"));
  }

  private static Evidence items(List<PolicyViolation> violations, EvidenceKind kind, String what) {
    return new Evidence(
        kind,
        what,
        violations.stream()
            .filter(v -> v.itemKind() == kind)
            .map(PolicyViolation::itemId)
            .distinct()
            .sorted()
            .toList());
  }
}
