package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Controls.ATLAS_UNSECURED_CREDENTIALS;
import static io.keyward.model.scorecard.Controls.CSF_PR_AA_01;
import static io.keyward.model.scorecard.Controls.NHI2;
import static io.keyward.model.scorecard.Controls.NHI7;

import io.keyward.model.domain.Credential;
import io.keyward.model.domain.SourceKind;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Enhanced: no active static (never-expiring) key of a non-human identity is older than the
 * profile's days. Keys whose creation the source does not report cannot be aged and are left out.
 */
final class NoStaleStaticKeysCriterion implements Criterion {
  static final CriterionInfo INFO =
      new CriterionInfo(
          "no-stale-static-keys",
          MaturityStep.ENHANCED,
          "No static agent or service key is older than the rotation limit",
          "Rotate or delete the listed keys; better, replace them with short-lived credentials so"
              + " there is nothing to rotate.",
          Effort.MEDIUM,
          Set.of(Risk.ABUSE_PREVENTION, Risk.DATA_SAFEGUARDING),
          List.of(CSF_PR_AA_01, ATLAS_UNSECURED_CREDENTIALS, NHI2, NHI7));

  @Override
  public CriterionInfo info() {
    return INFO;
  }

  @Override
  public Finding evaluate(Estate estate, Thresholds thresholds) {
    if (!estate.connected(SourceKind.Category.IDENTITY)) {
      return Finding.withoutIdentitySource(INFO);
    }
    Duration limit = Duration.ofDays(thresholds.maxStaticKeyAgeDays());
    List<Credential> staticKeys =
        estate.credentials().stream()
            .filter(c -> c.active() && c.isStatic() && estate.isNonHuman(c.identityId()))
            .filter(c -> c.createdAt() != null)
            .toList();
    List<String> stale =
        staticKeys.stream()
            .filter(c -> c.age(estate.now()).orElseThrow().compareTo(limit) > 0)
            .map(Credential::id)
            .sorted()
            .toList();
    String limitText = " older than " + thresholds.maxStaticKeyAgeDays() + " days";
    return Finding.failIfAny(
        INFO,
        staticKeys.size(),
        "None of "
            + Ratio.count(
                staticKeys.size(),
                "active static non-human key is",
                "active static non-human keys is")
            + limitText
            + ".",
        new Ratio(stale.size(), staticKeys.size())
            + " active static non-human keys are"
            + limitText
            + ".",
        new Evidence(EvidenceKind.CREDENTIAL, "static keys past the rotation limit", stale));
  }
}
