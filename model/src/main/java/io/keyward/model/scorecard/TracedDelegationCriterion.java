package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Controls.CSF_PR_AA_05;
import static io.keyward.model.scorecard.Controls.NHI5;
import static io.keyward.model.scorecard.Controls.RMF_GOVERN_2_1;

import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.SourceKind;
import java.util.List;
import java.util.Set;

/**
 * Foundation: an agent that holds grants got them through someone. Each enabled agent with a grant
 * needs at least one recorded delegation (consent, on-behalf-of, role trust, impersonation,
 * sponsorship) pointing at it.
 */
final class TracedDelegationCriterion implements Criterion {
  static final CriterionInfo INFO =
      new CriterionInfo(
          "traced-delegation",
          MaturityStep.FOUNDATION,
          "Each agent's access traces to a recorded delegation",
          "Record who the agent acts for: an on-behalf-of or consent grant, a role trust, or a"
              + " sponsor in the identity provider; remove access nobody delegated.",
          Effort.MEDIUM,
          Set.of(Risk.ACCOUNTABILITY, Risk.LEAST_PRIVILEGE),
          List.of(CSF_PR_AA_05, RMF_GOVERN_2_1, NHI5));

  @Override
  public CriterionInfo info() {
    return INFO;
  }

  @Override
  public Finding evaluate(Estate estate, Thresholds thresholds) {
    if (!estate.connected(SourceKind.Category.IDENTITY)) {
      return Finding.withoutIdentitySource(INFO);
    }
    List<Identity> withAccess =
        estate.identitiesOf(IdentityKind.AGENT).stream()
            .filter(a -> a.enabled() && !estate.grantsOf(a.id()).isEmpty())
            .toList();
    List<String> untraced =
        withAccess.stream()
            .filter(a -> estate.delegationsTo(a.id()).isEmpty())
            .map(Identity::id)
            .sorted()
            .toList();
    return Finding.failIfAny(
        INFO,
        withAccess.size(),
        "All "
            + Ratio.count(withAccess.size(), "agent", "agents")
            + " holding grants act through a recorded delegation.",
        new Ratio(untraced.size(), withAccess.size())
            + " agents holding grants have no recorded delegation.",
        new Evidence(
            EvidenceKind.IDENTITY, "agents whose access no delegation explains", untraced));
  }
}
