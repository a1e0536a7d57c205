package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Controls.ATLAS_POISON_TRAINING_DATA;
import static io.keyward.model.scorecard.Controls.ATLAS_SUPPLY_CHAIN;
import static io.keyward.model.scorecard.Controls.CSF_PR_DS_01;
import static io.keyward.model.scorecard.Controls.RMF_MEASURE_2_7;

import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import io.keyward.model.domain.SourceKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Enhanced: every model version has a lineage record naming the identity of the run that produced
 * it. Signed artifacts alone do not say who made them; a poisoned pipeline shows only here.
 */
final class LineageIdentityCriterion implements Criterion {
  static final CriterionInfo INFO =
      new CriterionInfo(
          "lineage-identity",
          MaturityStep.ENHANCED,
          "Lineage records the identity that produced each model version",
          "Emit lineage (OpenLineage, registry run metadata) from every training and publishing"
              + " job, run each job under its own identity, and record that identity on the run.",
          Effort.HIGH,
          Set.of(Risk.DATA_SAFEGUARDING, Risk.ACCOUNTABILITY),
          List.of(CSF_PR_DS_01, RMF_MEASURE_2_7, ATLAS_POISON_TRAINING_DATA, ATLAS_SUPPLY_CHAIN));

  @Override
  public CriterionInfo info() {
    return INFO;
  }

  @Override
  public Finding evaluate(Estate estate, Thresholds thresholds) {
    if (!estate.connected(SourceKind.Category.MODEL_REGISTRY)
        && !estate.connected(SourceKind.Category.LINEAGE)) {
      return Finding.unknown(INFO, "No model registry or lineage source is connected.");
    }
    Set<String> attributed = new HashSet<>();
    for (LineageRecord run : estate.lineage()) {
      if (run.identityId() != null) {
        attributed.addAll(run.outputIds());
      }
    }
    List<Resource> versions =
        estate.resources().stream().filter(r -> r.kind() == ResourceKind.MODEL_VERSION).toList();
    List<String> anonymous =
        versions.stream()
            .map(Resource::id)
            .filter(id -> !attributed.contains(id))
            .sorted()
            .toList();
    return Finding.failIfAny(
        INFO,
        versions.size(),
        "All "
            + Ratio.count(versions.size(), "model version names", "model versions name")
            + " the identity that produced it.",
        new Ratio(anonymous.size(), versions.size())
            + " model versions have no lineage record naming who produced them.",
        new Evidence(
            EvidenceKind.RESOURCE, "model versions without a producing identity", anonymous));
  }
}
