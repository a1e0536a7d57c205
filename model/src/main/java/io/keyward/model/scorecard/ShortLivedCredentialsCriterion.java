package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Controls.ATLAS_UNSECURED_CREDENTIALS;
import static io.keyward.model.scorecard.Controls.CSF_PR_AA_01;
import static io.keyward.model.scorecard.Controls.NHI7;

import io.keyward.model.domain.Credential;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.SourceKind;
import io.keyward.model.events.IssuedSession;
import io.keyward.model.events.ObservedLifetimes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Enhanced: most agent credentials are ephemeral. A credential is short-lived when its lifetime
 * (creation to expiry) is at most the profile's minutes; one that never expires is long-lived.
 * Where event logs show sessions issued to agents, each issuance counts with the lifetime it was
 * actually issued with, next to the agents' other active credentials as configured.
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
      return Finding.withoutIdentitySource(INFO);
    }
    Duration limit = Duration.ofMinutes(thresholds.maxAgentCredentialMinutes());
    ObservedLifetimes observed =
        ObservedLifetimes.of(
            estate.events(), estate.credentials(), id -> estate.isKind(id, IdentityKind.AGENT));
    // A session the logs show issued counts once, as issued, not again as a configured credential.
    List<Credential> configured =
        estate.credentials().stream()
            .filter(c -> c.active() && estate.isKind(c.identityId(), IdentityKind.AGENT))
            .filter(c -> !observed.issued(c.externalId()))
            .toList();
    List<String> longLived =
        configured.stream()
            .filter(c -> c.lifetime().map(t -> t.compareTo(limit) > 0).orElse(true))
            .map(Credential::id)
            .sorted()
            .toList();
    List<IssuedSession> tooLong =
        observed.sessions().stream().filter(session -> !session.within(limit)).toList();
    int checked = configured.size() + observed.sessions().size();
    Ratio shortLived = new Ratio(checked - longLived.size() - tooLong.size(), checked);
    String measured =
        shortLived
            + " agent credentials live at most "
            + thresholds.maxAgentCredentialMinutes()
            + " min"
            + (observed.isEmpty()
                ? " (active credentials as configured)"
                : " ("
                    + Ratio.count(observed.sessions().size(), "session", "sessions")
                    + " issued as the logs show, "
                    + Ratio.count(configured.size(), "active credential", "active credentials")
                    + " as configured)")
            + "; the profile asks for at least "
            + Ratio.percent(thresholds.minShortLivedShare())
            + ".";
    if (checked == 0 || shortLived.share() >= thresholds.minShortLivedShare()) {
      return Finding.pass(
          INFO, checked, checked == 0 ? "No agent holds an active credential." : measured);
    }
    List<Evidence> evidence = new ArrayList<>();
    if (!longLived.isEmpty()) {
      evidence.add(
          new Evidence(EvidenceKind.CREDENTIAL, "long-lived agent credentials", longLived));
    }
    if (!tooLong.isEmpty()) {
      evidence.add(
          new Evidence(
              EvidenceKind.IDENTITY,
              "agents issued sessions longer than "
                  + thresholds.maxAgentCredentialMinutes()
                  + " min",
              tooLong.stream().map(IssuedSession::agentId).distinct().sorted().toList()));
    }
    return Finding.fail(INFO, checked, measured, evidence.toArray(Evidence[]::new));
  }
}
