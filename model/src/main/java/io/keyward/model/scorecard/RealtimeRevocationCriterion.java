package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Controls.ATLAS_EXFILTRATION;
import static io.keyward.model.scorecard.Controls.CSF_RS_MI_01;
import static io.keyward.model.scorecard.Controls.NHI1;
import static io.keyward.model.scorecard.Controls.RMF_MANAGE_2_4;

import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Adaptive: revocation in minutes, measured. Every connected identity source is one Keyward can
 * revoke in, and every matched alert at or above the profile's severity was answered by a recorded
 * change to its subject within the target. Unknown until such an alert exists: with nothing to
 * answer, nothing is measured.
 */
final class RealtimeRevocationCriterion implements Criterion {
  static final CriterionInfo INFO =
      new CriterionInfo(
          "realtime-revocation",
          MaturityStep.ADAPTIVE,
          "Severe alerts are answered by revocation within the target time",
          "Automate the first response for severe alerts (disable the key, revoke sessions,"
              + " detach the role) and record it, so alert-to-revocation stays within minutes.",
          Effort.HIGH,
          Set.of(Risk.ABUSE_PREVENTION, Risk.DATA_SAFEGUARDING),
          List.of(CSF_RS_MI_01, RMF_MANAGE_2_4, ATLAS_EXFILTRATION, NHI1));

  @Override
  public CriterionInfo info() {
    return INFO;
  }

  @Override
  public Finding evaluate(Estate estate, Thresholds thresholds) {
    List<String> unrevocable =
        estate
            .revocableKinds()
            .map(
                kinds ->
                    estate.sourcesOf(SourceKind.Category.IDENTITY).stream()
                        .filter(s -> !kinds.contains(s.kind()))
                        .map(Source::id)
                        .sorted()
                        .toList())
            .orElse(List.of());
    if (!unrevocable.isEmpty()) {
      return Finding.fail(
          INFO,
          estate.sourcesOf(SourceKind.Category.IDENTITY).size(),
          unrevocable.size()
              + " connected identity source"
              + (unrevocable.size() == 1 ? " has" : "s have")
              + " no revoker in Keyward, so access there is cut by hand.",
          new Evidence(EvidenceKind.SOURCE, "sources Keyward cannot revoke in", unrevocable));
    }
    if (!estate.connected(SourceKind.Category.ALERT_FEED)) {
      return Finding.unknown(INFO, "No alert feed is connected, so no response can be measured.");
    }
    String severity = thresholds.responseSeverity().name().toLowerCase(Locale.ROOT);
    List<Alert> severe =
        estate.alerts().stream()
            .filter(a -> a.matched() && a.severity().compareTo(thresholds.responseSeverity()) >= 0)
            .toList();
    if (severe.isEmpty()) {
      return Finding.unknown(
          INFO, "No matched alert at " + severity + " severity or above to measure a response to.");
    }
    Duration target = Duration.ofMinutes(thresholds.revocationTargetMinutes());
    Responses responses = new Responses(estate);
    List<String> missed = new ArrayList<>();
    List<Duration> times = new ArrayList<>();
    for (Alert alert : severe) {
      Optional<Duration> answered = responses.after(alert);
      answered.ifPresent(times::add);
      if (answered.isEmpty() || answered.get().compareTo(target) > 0) {
        missed.add(alert.id());
      }
    }
    String measured =
        new Ratio(severe.size() - missed.size(), severe.size())
            + " "
            + severity
            + "+ alerts were answered within "
            + thresholds.revocationTargetMinutes()
            + " min"
            + (times.isEmpty()
                ? "; none was answered at all."
                : "; slowest answer " + minutes(times) + ".");
    return missed.isEmpty()
        ? Finding.pass(INFO, severe.size(), measured)
        : Finding.fail(
            INFO,
            severe.size(),
            measured,
            new Evidence(
                EvidenceKind.ALERT,
                "severe alerts answered late or not at all",
                missed.stream().sorted().toList()));
  }

  private static String minutes(List<Duration> times) {
    long longest = times.stream().mapToLong(Duration::toMinutes).max().orElse(0);
    return longest + " min";
  }
}
