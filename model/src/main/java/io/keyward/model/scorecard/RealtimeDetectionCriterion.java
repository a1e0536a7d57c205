package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Controls.ATLAS_EXFILTRATION;
import static io.keyward.model.scorecard.Controls.CSF_DE_AE_02;
import static io.keyward.model.scorecard.Controls.CSF_DE_CM_03;
import static io.keyward.model.scorecard.Controls.RMF_MANAGE_4_1;

import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Enhanced: detection is live and names identities. Every alert feed's newest alert is younger than
 * the profile's hours (a feed that stopped sending looks exactly like a stale one), and at most the
 * profile's share of alerts maps to no identity or credential.
 */
final class RealtimeDetectionCriterion implements Criterion {
  static final CriterionInfo INFO =
      new CriterionInfo(
          "realtime-detection",
          MaturityStep.ENHANCED,
          "Alert feeds are current and their alerts map to identities",
          "Reconnect or retire feeds that went quiet; teach the mapping the subjects of unmatched"
              + " alerts (key ids, client ids, subjects) so each alert lands on an identity.",
          Effort.HIGH,
          Set.of(Risk.ABUSE_PREVENTION, Risk.DATA_SAFEGUARDING),
          List.of(CSF_DE_CM_03, CSF_DE_AE_02, RMF_MANAGE_4_1, ATLAS_EXFILTRATION));

  @Override
  public CriterionInfo info() {
    return INFO;
  }

  @Override
  public Finding evaluate(Estate estate, Thresholds thresholds) {
    List<Source> feeds = estate.sourcesOf(SourceKind.Category.ALERT_FEED);
    if (feeds.isEmpty()) {
      return Finding.unknown(INFO, "No alert feed is connected.");
    }
    Instant cutoff = estate.now().minus(Duration.ofHours(thresholds.alertFeedMaxAgeHours()));
    List<String> quiet = new ArrayList<>();
    for (Source feed : feeds) {
      boolean current =
          estate.alerts().stream()
              .anyMatch(a -> a.sourceId().equals(feed.id()) && a.time().isAfter(cutoff));
      if (!current) {
        quiet.add(feed.id());
      }
    }
    List<String> unmatched =
        estate.alerts().stream().filter(a -> !a.matched()).map(Alert::id).sorted().toList();
    Ratio unmatchedRatio = new Ratio(unmatched.size(), estate.alerts().size());
    boolean tooManyUnmatched = unmatchedRatio.share() > thresholds.maxUnmatchedAlertShare();
    String measured =
        new Ratio(feeds.size() - quiet.size(), feeds.size())
            + " feeds sent an alert in the last "
            + thresholds.alertFeedMaxAgeHours()
            + " h; "
            + unmatchedRatio
            + " alerts map to no identity (the profile allows "
            + Ratio.percent(thresholds.maxUnmatchedAlertShare())
            + ").";
    if (quiet.isEmpty() && !tooManyUnmatched) {
      return Finding.pass(INFO, feeds.size() + estate.alerts().size(), measured);
    }
    return Finding.fail(
        INFO,
        feeds.size() + estate.alerts().size(),
        measured,
        new Evidence(
            EvidenceKind.SOURCE, "alert feeds gone quiet", quiet.stream().sorted().toList()),
        new Evidence(
            EvidenceKind.ALERT,
            "alerts mapped to no identity",
            tooManyUnmatched ? unmatched : List.of()));
  }
}
