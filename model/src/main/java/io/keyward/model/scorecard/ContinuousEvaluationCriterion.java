package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Controls.CSF_DE_CM_03;
import static io.keyward.model.scorecard.Controls.CSF_PR_AA_03;
import static io.keyward.model.scorecard.Controls.RMF_MANAGE_4_1;

import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adaptive: continuous access evaluation works end to end. A CAEP / Shared Signals receiver is
 * connected, has delivered events, and each event about a known subject was acted on (closed, or
 * followed by a recorded change to that subject).
 */
final class ContinuousEvaluationCriterion implements Criterion {
  static final CriterionInfo INFO =
      new CriterionInfo(
          "continuous-evaluation",
          MaturityStep.ADAPTIVE,
          "CAEP / Shared Signals events are received and acted on",
          "Subscribe the identity providers' Shared Signals transmitters to the receiver and wire"
              + " each event type to an action (revoke sessions, step up, disable) that closes it.",
          Effort.MEDIUM,
          Set.of(Risk.ABUSE_PREVENTION),
          List.of(CSF_PR_AA_03, CSF_DE_CM_03, RMF_MANAGE_4_1));

  @Override
  public CriterionInfo info() {
    return INFO;
  }

  @Override
  public Finding evaluate(Estate estate, Thresholds thresholds) {
    if (!estate.connected(SourceKind.CAEP)) {
      return Finding.unknown(INFO, "No CAEP / Shared Signals receiver is connected.");
    }
    Set<String> receivers =
        estate.sources().stream()
            .filter(s -> s.kind() == SourceKind.CAEP)
            .map(Source::id)
            .collect(Collectors.toSet());
    List<Alert> events =
        estate.alerts().stream().filter(a -> receivers.contains(a.sourceId())).toList();
    if (events.isEmpty()) {
      return Finding.fail(INFO, 0, "The receiver has delivered no events in scope.");
    }
    Responses responses = new Responses(estate);
    List<Alert> actionable = events.stream().filter(Alert::matched).toList();
    List<String> ignored =
        actionable.stream().filter(a -> !responses.actedOn(a)).map(Alert::id).sorted().toList();
    return Finding.failIfAny(
        INFO,
        actionable.size(),
        "All "
            + Ratio.count(actionable.size(), "signal", "signals")
            + " about known subjects were acted on.",
        new Ratio(ignored.size(), actionable.size())
            + " signals about known subjects are open with no recorded action.",
        new Evidence(EvidenceKind.ALERT, "signals nobody acted on", ignored));
  }
}
