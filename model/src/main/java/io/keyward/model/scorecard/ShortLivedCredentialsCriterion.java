package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Controls.ATLAS_UNSECURED_CREDENTIALS;
import static io.keyward.model.scorecard.Controls.CSF_PR_AA_01;
import static io.keyward.model.scorecard.Controls.NHI7;

import io.keyward.model.domain.Credential;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.SourceKind;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Enhanced: most agent credentials are ephemeral. A credential is short-lived when its lifetime
 * (creation to expiry) is at most the profile's minutes; one that never expires is long-lived.
 */
final class ShortLivedCredentialsCriterion implements Criterion {
  static final CriterionInfo INFO =
      new CriterionInfo(
          "short-lived-credentials",
          MaturityStep.ENHANCED,
          "Most agent credentials are short-lived",
          "Move agents to tokens issued per task (workload identity federation, role sessions,"
              + " OAuth client credentials with short expiry) and retire their long-lived secrets.",
          Effort.MEDIUM,
          Set.of(Risk.ABUSE_PREVENTION, Risk.DATA_SAFEGUARDING),
          List.of(CSF_PR_AA_01, ATLAS_UNSECURED_CREDENTIALS, NHI7));

  @Override
  public CriterionInfo info() {
    return INFO;
  }

  @Override
  public Finding evaluate(Estate estate, Thresholds thresholds) {
    if (!estate.connected(SourceKind.Category.IDENTITY)) {
      return Finding.unknown(INFO, "No identity source is connected.");
    }
    Duration limit = Duration.ofMinutes(thresholds.maxAgentCredentialMinutes());
    List<Credential> agentCredentials =
        estate.credentials().stream()
            .filter(c -> c.active() && estate.isKind(c.identityId(), IdentityKind.AGENT))
            .toList();
    List<String> longLived =
        agentCredentials.stream()
            .filter(c -> c.lifetime().map(t -> t.compareTo(limit) > 0).orElse(true))
            .map(Credential::id)
            .sorted()
            .toList();
    Ratio shortLived =
        new Ratio(agentCredentials.size() - longLived.size(), agentCredentials.size());
    String measured =
        shortLived
            + " active agent credentials live at most "
            + thresholds.maxAgentCredentialMinutes()
            + " min; the profile asks for at least "
            + Ratio.percent(thresholds.minShortLivedShare())
            + ".";
    if (agentCredentials.isEmpty() || shortLived.share() >= thresholds.minShortLivedShare()) {
      return Finding.pass(
          INFO,
          agentCredentials.size(),
          agentCredentials.isEmpty() ? "No agent holds an active credential." : measured);
    }
    return Finding.fail(
        INFO,
        agentCredentials.size(),
        measured,
        new Evidence(EvidenceKind.CREDENTIAL, "long-lived agent credentials", longLived));
  }
}
