package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Controls.CSF_PR_AA_01;
import static io.keyward.model.scorecard.Controls.CSF_PR_AA_02;
import static io.keyward.model.scorecard.Controls.NHI9;

import io.keyward.model.domain.Credential;
import io.keyward.model.domain.SourceKind;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Foundation: no secret is held by two non-human identities. Two credentials with one fingerprint
 * are the same key material; only sources that report fingerprints can show this.
 */
final class NoSharedCredentialCriterion implements Criterion {
  static final CriterionInfo INFO =
      new CriterionInfo(
          "no-shared-credential",
          MaturityStep.FOUNDATION,
          "No credential is shared by two agents or service identities",
          "Issue each identity its own credential and revoke the shared one, so every action"
              + " traces to one identity.",
          Effort.MEDIUM,
          Set.of(Risk.ACCOUNTABILITY, Risk.ABUSE_PREVENTION),
          List.of(CSF_PR_AA_01, CSF_PR_AA_02, NHI9));

  @Override
  public CriterionInfo info() {
    return INFO;
  }

  @Override
  public Finding evaluate(Estate estate, Thresholds thresholds) {
    List<Credential> compared =
        estate.credentials().stream()
            .filter(c -> c.active() && c.fingerprint() != null && estate.isNonHuman(c.identityId()))
            .toList();
    if (!estate.connected(SourceKind.Category.IDENTITY) || compared.isEmpty()) {
      return Finding.unknown(
          INFO, "No connected source reports fingerprints of non-human credentials to compare.");
    }
    Map<String, List<Credential>> byFingerprint =
        compared.stream().collect(Collectors.groupingBy(Credential::fingerprint));
    List<String> shared =
        byFingerprint.values().stream()
            .filter(group -> group.stream().map(Credential::identityId).distinct().count() > 1)
            .flatMap(List::stream)
            .sorted(Comparator.comparing(Credential::id))
            .map(Credential::id)
            .toList();
    return Finding.failIfAny(
        INFO,
        compared.size(),
        "No two of "
            + Ratio.count(compared.size(), "fingerprinted credential", "fingerprinted credentials")
            + " share key material.",
        Ratio.count(shared.size(), "credential shares", "credentials share")
            + " key material with another identity's.",
        new Evidence(EvidenceKind.CREDENTIAL, "credentials sharing one secret", shared));
  }
}
