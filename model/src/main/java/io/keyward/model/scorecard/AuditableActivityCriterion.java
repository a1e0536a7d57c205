package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Controls.CSF_DE_CM_03;
import static io.keyward.model.scorecard.Controls.CSF_PR_PS_04;
import static io.keyward.model.scorecard.Controls.RMF_MANAGE_4_1;

import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Foundation: what each identity source's identities do is on record somewhere. An identity source
 * passes when an access event or alert in the cache refers to one of its identities or credentials,
 * or it logs events itself.
 */
final class AuditableActivityCriterion implements Criterion {
  static final CriterionInfo INFO =
      new CriterionInfo(
          "auditable-activity",
          MaturityStep.FOUNDATION,
          "Activity is auditable: an event log or alert feed covers each identity source",
          "Connect the source's audit log (CloudTrail, sign-in logs, realm events, cloud audit"
              + " logs) or an alert feed that names its identities.",
          Effort.HIGH,
          Set.of(Risk.ACCOUNTABILITY, Risk.ABUSE_PREVENTION),
          List.of(CSF_PR_PS_04, CSF_DE_CM_03, RMF_MANAGE_4_1));

  @Override
  public CriterionInfo info() {
    return INFO;
  }

  @Override
  public Finding evaluate(Estate estate, Thresholds thresholds) {
    List<Source> identitySources = estate.sourcesOf(SourceKind.Category.IDENTITY);
    if (identitySources.isEmpty()) {
      return Finding.withoutIdentitySource(INFO);
    }
    Set<String> covered = new HashSet<>();
    estate.events().forEach(e -> covered.add(e.sourceId()));
    estate.events().forEach(e -> coverSubject(estate, covered, e.identityId(), e.credentialId()));
    estate.alerts().forEach(a -> coverSubject(estate, covered, a.identityId(), a.credentialId()));
    List<String> silent =
        identitySources.stream()
            .map(Source::id)
            .filter(id -> !covered.contains(id))
            .sorted()
            .toList();
    return Finding.failIfAny(
        INFO,
        identitySources.size(),
        "Activity of all "
            + Ratio.count(identitySources.size(), "identity source", "identity sources")
            + " is on record.",
        new Ratio(silent.size(), identitySources.size())
            + " identity sources have no event or alert about their identities.",
        new Evidence(EvidenceKind.SOURCE, "identity sources without an activity record", silent));
  }

  private static void coverSubject(
      Estate estate,
      Set<String> covered,
      @Nullable String identityId,
      @Nullable String credentialId) {
    if (identityId != null) {
      estate.identity(identityId).map(Identity::sourceId).ifPresent(covered::add);
    }
    if (credentialId != null) {
      estate.credential(credentialId).map(Credential::sourceId).ifPresent(covered::add);
    }
  }
}
