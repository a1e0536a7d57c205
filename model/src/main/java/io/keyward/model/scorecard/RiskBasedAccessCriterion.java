package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Controls.CSF_DE_AE_02;
import static io.keyward.model.scorecard.Controls.NHI5;
import static io.keyward.model.scorecard.Controls.RMF_MEASURE_2_7;

import io.keyward.model.domain.Identity;
import io.keyward.model.domain.SourceKind;
import io.keyward.model.graph.GraphIndex;
import io.keyward.model.graph.GraphIndexBuilder;
import io.keyward.model.risk.RiskRanking;
import io.keyward.model.risk.RiskScore;
import java.util.List;
import java.util.Set;

/**
 * Adaptive: access follows risk. Every non-human identity is scored with the explainable risk
 * ranking (privilege breadth, key age, unused grants, delegation, owner, alerts, sensitive data,
 * lineage reach), and none stands at or above the profile's high-risk score.
 */
final class RiskBasedAccessCriterion implements Criterion {
  static final CriterionInfo INFO =
      new CriterionInfo(
          "risk-based-access",
          MaturityStep.ADAPTIVE,
          "No non-human identity stands at high risk",
          "Work down the listed identities by their top risk factor: narrow admin or wildcard"
              + " access, rotate old keys, remove unused grants, give them an owner, answer"
              + " their alerts.",
          Effort.HIGH,
          Set.of(Risk.LEAST_PRIVILEGE, Risk.ABUSE_PREVENTION),
          List.of(CSF_DE_AE_02, RMF_MEASURE_2_7, NHI5));

  /** How many of the riskiest the explanation names, with their top factor. */
  private static final int NAMED = 3;

  @Override
  public CriterionInfo info() {
    return INFO;
  }

  @Override
  public Finding evaluate(Estate estate, Thresholds thresholds) {
    if (!estate.connected(SourceKind.Category.IDENTITY)) {
      return Finding.unknown(INFO, "No identity source is connected, so nothing is scored.");
    }
    GraphIndexBuilder builder = new GraphIndexBuilder(estate.now());
    estate.streamForAnalysis(builder);
    GraphIndex graph = builder.build();
    RiskRanking ranking = new RiskRanking(graph);
    List<RiskScore> scored =
        estate.identities().stream()
            .filter(i -> i.kind().isNonHuman())
            .map(Identity::id)
            .filter(id -> graph.node(id).isPresent())
            .map(ranking::score)
            .toList();
    List<RiskScore> high =
        scored.stream()
            .filter(s -> s.score() >= thresholds.highRiskScore())
            .sorted(RiskScore.RISKIEST_FIRST)
            .toList();
    String passed =
        "All "
            + Ratio.count(scored.size(), "non-human identity", "non-human identities")
            + " score below "
            + thresholds.highRiskScore()
            + ".";
    String failed =
        new Ratio(high.size(), scored.size())
            + " non-human identities score "
            + thresholds.highRiskScore()
            + " or more: "
            + String.join(
                "; ", high.stream().limit(NAMED).map(RiskBasedAccessCriterion::why).toList())
            + (high.size() > NAMED ? "; and " + (high.size() - NAMED) + " more" : "")
            + ".";
    return Finding.failIfAny(
        INFO,
        scored.size(),
        passed,
        failed,
        new Evidence(
            EvidenceKind.IDENTITY,
            "non-human identities at high risk",
            high.stream().map(s -> s.identity().id()).sorted().toList()));
  }

  /** The identity, its score and the factor that weighs most. */
  private static String why(RiskScore score) {
    return score.identity().name()
        + " "
        + score.score()
        + (score.factors().isEmpty() ? "" : " (" + score.factors().get(0).reason() + ")");
  }
}
