package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Controls.ATLAS_VALID_ACCOUNTS;
import static io.keyward.model.scorecard.Controls.CSF_PR_AA_01;
import static io.keyward.model.scorecard.Controls.NHI10;
import static io.keyward.model.scorecard.Controls.RMF_GOVERN_2_1;

import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.SourceKind;
import java.util.List;
import java.util.Set;

/**
 * Foundation: no agent runs as a human. A human account is in agent use when its source tags it for
 * automation ({@code automation=...}) or a recorded delegation lets an agent act through it.
 */
final class OwnIdentityCriterion implements Criterion {
  static final String AUTOMATION_TAG = "automation";
  static final CriterionInfo INFO =
      new CriterionInfo(
          "own-identity",
          MaturityStep.FOUNDATION,
          "Every agent runs under its own non-human identity, never a human account",
          "Give each agent its own agent or service identity, move its credentials there, and"
              + " take the automation off the human account.",
          Effort.HIGH,
          Set.of(Risk.ACCOUNTABILITY, Risk.ABUSE_PREVENTION),
          List.of(CSF_PR_AA_01, RMF_GOVERN_2_1, ATLAS_VALID_ACCOUNTS, NHI10));

  @Override
  public CriterionInfo info() {
    return INFO;
  }

  @Override
  public Finding evaluate(Estate estate, Thresholds thresholds) {
    if (!estate.connected(SourceKind.Category.IDENTITY)) {
      return Finding.withoutIdentitySource(INFO);
    }
    List<Identity> humans = estate.identitiesOf(IdentityKind.HUMAN);
    List<String> inAgentUse =
        humans.stream().filter(h -> inAgentUse(estate, h)).map(Identity::id).sorted().toList();
    return Finding.failIfAny(
        INFO,
        humans.size(),
        "None of "
            + Ratio.count(humans.size(), "human account", "human accounts")
            + " is in agent use.",
        Ratio.count(inAgentUse.size(), "human account is", "human accounts are")
            + " used by automation or agents.",
        new Evidence(EvidenceKind.IDENTITY, "human accounts in agent use", inAgentUse));
  }

  private static boolean inAgentUse(Estate estate, Identity human) {
    return human.tags().containsKey(AUTOMATION_TAG)
        || estate.delegationsTo(human.id()).stream()
            .anyMatch(d -> estate.isKind(d.fromId(), IdentityKind.AGENT));
  }
}
