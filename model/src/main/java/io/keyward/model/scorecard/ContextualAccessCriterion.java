package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Controls.ATLAS_CONTROL_ACCESS_AT_REST;
import static io.keyward.model.scorecard.Controls.CSF_PR_AA_05;
import static io.keyward.model.scorecard.Controls.NHI5;

import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Resource;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adaptive: access to sensitive data is contextual. Every grant a non-human identity holds on a
 * resource marked sensitive carries a condition (time, network, device, risk, tag).
 */
final class ContextualAccessCriterion implements Criterion {
  static final CriterionInfo INFO =
      new CriterionInfo(
          "contextual-access",
          MaturityStep.ADAPTIVE,
          "Grants on sensitive data carry conditions (network, time, device, risk)",
          "Add conditions to the listed grants: source network or VPC endpoint, time window,"
              + " session tags or risk level, as the source supports.",
          Effort.MEDIUM,
          Set.of(Risk.LEAST_PRIVILEGE, Risk.DATA_SAFEGUARDING),
          List.of(CSF_PR_AA_05, ATLAS_CONTROL_ACCESS_AT_REST, NHI5));

  @Override
  public CriterionInfo info() {
    return INFO;
  }

  @Override
  public Finding evaluate(Estate estate, Thresholds thresholds) {
    Set<String> sensitive =
        estate.resources().stream()
            .filter(Resource::sensitive)
            .map(Resource::id)
            .collect(Collectors.toSet());
    if (sensitive.isEmpty()) {
      return Finding.unknown(INFO, "No connected source marks any resource as sensitive.");
    }
    List<Grant> onSensitive =
        estate.grants().stream()
            .filter(g -> sensitive.contains(g.resource()) && estate.isNonHuman(g.principalId()))
            .toList();
    List<String> unconditioned =
        onSensitive.stream().filter(g -> g.condition() == null).map(Grant::id).sorted().toList();
    return Finding.failIfAny(
        INFO,
        onSensitive.size(),
        "All "
            + Ratio.count(onSensitive.size(), "non-human grant", "non-human grants")
            + " on sensitive data carry a condition.",
        new Ratio(unconditioned.size(), onSensitive.size())
            + " non-human grants on sensitive data have no condition.",
        new Evidence(EvidenceKind.GRANT, "sensitive grants without conditions", unconditioned));
  }
}
