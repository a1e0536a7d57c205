package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Controls.ATLAS_VALID_ACCOUNTS;
import static io.keyward.model.scorecard.Controls.CSF_PR_AA_05;
import static io.keyward.model.scorecard.Controls.NHI5;

import io.keyward.model.domain.Grant;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.SourceKind;
import java.util.List;
import java.util.Set;

/** Enhanced: no agent holds an admin grant or a wildcard permission or resource. */
final class NoWildcardAdminCriterion implements Criterion {
  static final CriterionInfo INFO =
      new CriterionInfo(
          "no-wildcard-admin",
          MaturityStep.ENHANCED,
          "No agent holds wildcard or admin grants",
          "Replace each listed grant with the specific actions on the specific resources the"
              + " agent's task needs.",
          Effort.MEDIUM,
          Set.of(Risk.LEAST_PRIVILEGE, Risk.ABUSE_PREVENTION),
          List.of(CSF_PR_AA_05, ATLAS_VALID_ACCOUNTS, NHI5));

  @Override
  public CriterionInfo info() {
    return INFO;
  }

  @Override
  public Finding evaluate(Estate estate, Thresholds thresholds) {
    if (!estate.connected(SourceKind.Category.IDENTITY)) {
      return Finding.withoutIdentitySource(INFO);
    }
    List<Grant> agentGrants =
        estate.grants().stream()
            .filter(g -> estate.isKind(g.principalId(), IdentityKind.AGENT))
            .toList();
    List<String> broad =
        agentGrants.stream()
            .filter(g -> g.privilege() == Privilege.ADMIN || g.isWildcard())
            .map(Grant::id)
            .sorted()
            .toList();
    return Finding.failIfAny(
        INFO,
        agentGrants.size(),
        "None of "
            + Ratio.count(agentGrants.size(), "agent grant", "agent grants")
            + " is admin or wildcard.",
        new Ratio(broad.size(), agentGrants.size()) + " agent grants are admin or wildcard.",
        new Evidence(EvidenceKind.GRANT, "admin or wildcard grants held by agents", broad));
  }
}
