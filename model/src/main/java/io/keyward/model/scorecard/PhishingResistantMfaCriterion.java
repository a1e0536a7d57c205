package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Controls.ATLAS_VALID_ACCOUNTS;
import static io.keyward.model.scorecard.Controls.CSF_PR_AA_03;

import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Adaptive: the humans who operate agents (own or sponsor one, or delegate to one) sign in with
 * phishing-resistant MFA. Sources show the method as the identity's {@code mfa} tag; operators
 * without one are reported as not shown rather than counted either way.
 */
final class PhishingResistantMfaCriterion implements Criterion {
  static final String MFA_TAG = "mfa";
  static final CriterionInfo INFO =
      new CriterionInfo(
          "phishing-resistant-mfa",
          MaturityStep.ADAPTIVE,
          "Humans operating agents use phishing-resistant MFA (FIDO2)",
          "Require FIDO2 security keys or passkeys for the listed operators, through an"
              + " authentication-strength or conditional-access policy on their accounts.",
          Effort.LOW,
          Set.of(Risk.ABUSE_PREVENTION, Risk.ACCOUNTABILITY),
          List.of(CSF_PR_AA_03, ATLAS_VALID_ACCOUNTS));

  @Override
  public CriterionInfo info() {
    return INFO;
  }

  @Override
  public Finding evaluate(Estate estate, Thresholds thresholds) {
    Set<String> operatorIds = new HashSet<>();
    for (Identity identity : estate.identities()) {
      if (identity.kind().isNonHuman() && identity.ownerId() != null) {
        operatorIds.add(identity.ownerId());
      }
    }
    for (Delegation d : estate.delegations()) {
      if (estate.isKind(d.toId(), IdentityKind.AGENT)) {
        operatorIds.add(d.fromId());
      }
    }
    List<Identity> operators =
        operatorIds.stream()
            .map(estate::identity)
            .flatMap(Optional::stream)
            .filter(i -> i.kind() == IdentityKind.HUMAN && i.enabled())
            .toList();
    List<Identity> shown = operators.stream().filter(o -> o.tags().containsKey(MFA_TAG)).toList();
    if (shown.isEmpty()) {
      return Finding.unknown(
          INFO, "No connected source shows the MFA method of the humans who operate agents.");
    }
    List<String> weak = new ArrayList<>();
    for (Identity operator : shown) {
      if (!thresholds.phishingResistant(operator.tags().get(MFA_TAG))) {
        weak.add(operator.id());
      }
    }
    String notShown =
        operators.size() == shown.size()
            ? ""
            : " The method of "
                + Ratio.count(operators.size() - shown.size(), "operator is", "operators is")
                + " not shown.";
    return Finding.failIfAny(
        INFO,
        shown.size(),
        "All "
            + Ratio.count(shown.size(), "operator", "operators")
            + " whose method is shown use phishing-resistant MFA."
            + notShown,
        new Ratio(weak.size(), shown.size())
            + " operators whose method is shown sign in without phishing-resistant MFA."
            + notShown,
        new Evidence(
            EvidenceKind.IDENTITY,
            "operators without phishing-resistant MFA",
            weak.stream().sorted().toList()));
  }
}
