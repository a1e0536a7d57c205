package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Controls.CSF_PR_AA_01;
import static io.keyward.model.scorecard.Controls.NHI1;
import static io.keyward.model.scorecard.Controls.RMF_GOVERN_2_1;

import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Foundation: every enabled non-human identity has an owner or sponsor who is an enabled human in
 * the cache. An owner id no connected source knows cannot be shown active, so it counts against.
 */
final class ActiveOwnerCriterion implements Criterion {
  static final CriterionInfo INFO =
      new CriterionInfo(
          "active-owner",
          MaturityStep.FOUNDATION,
          "Every non-human identity has an active human owner or sponsor",
          "Record an accountable, active human owner for each listed identity in its source; when"
              + " an owner leaves, hand the identity over or retire it.",
          Effort.LOW,
          Set.of(Risk.ACCOUNTABILITY),
          List.of(CSF_PR_AA_01, RMF_GOVERN_2_1, NHI1));

  @Override
  public CriterionInfo info() {
    return INFO;
  }

  @Override
  public Finding evaluate(Estate estate, Thresholds thresholds) {
    if (!estate.connected(SourceKind.Category.IDENTITY)) {
      return Finding.withoutIdentitySource(INFO);
    }
    long checked = 0;
    int none = 0;
    int disabled = 0;
    int unknown = 0;
    int notHuman = 0;
    List<String> failing = new ArrayList<>();
    for (Identity identity : estate.identities()) {
      if (!identity.kind().isNonHuman() || !identity.enabled()) {
        continue;
      }
      checked++;
      Optional<Identity> owner =
          identity.ownerId() == null ? Optional.empty() : estate.identity(identity.ownerId());
      if (identity.ownerId() == null) {
        none++;
      } else if (owner.isEmpty()) {
        unknown++;
      } else if (owner.get().kind() != IdentityKind.HUMAN) {
        notHuman++;
      } else if (!owner.get().enabled()) {
        disabled++;
      } else {
        continue;
      }
      failing.add(identity.id());
    }
    List<String> parts = new ArrayList<>();
    add(parts, none, "without an owner");
    add(parts, disabled, "owned by a disabled human");
    add(parts, unknown, "owned by someone no connected source knows");
    add(parts, notHuman, "owned by another non-human identity");
    return Finding.failIfAny(
        INFO,
        checked,
        "All "
            + Ratio.count(checked, "non-human identity has", "non-human identities have")
            + " an active human owner.",
        new Ratio(failing.size(), checked)
            + " non-human identities lack an active human owner: "
            + String.join(", ", parts)
            + ".",
        new Evidence(
            EvidenceKind.IDENTITY,
            "non-human identities without an active human owner",
            failing.stream().sorted().toList()));
  }

  private static void add(List<String> parts, int n, String what) {
    if (n > 0) {
      parts.add(String.format(Locale.ROOT, "%,d %s", n, what));
    }
  }
}
