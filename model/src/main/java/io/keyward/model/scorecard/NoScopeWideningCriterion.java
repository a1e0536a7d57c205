package io.keyward.model.scorecard;

import static io.keyward.model.scorecard.Controls.CSF_PR_AA_05;
import static io.keyward.model.scorecard.Controls.NHI5;

import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.SourceKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Enhanced: no delegation hop passes on more authority than reached it. A hop from B to C widens
 * scope when what reaches B is stated (the scopes of the on-behalf-of and consent delegations into
 * B) and the hop names a scope outside it. Only hops that pass on delegated authority
 * (on-behalf-of, OAuth consent) are compared: a role trust, an impersonation or a group passes the
 * target's own grants, whose scope speaks another system's vocabulary and is judged by the grant
 * criteria.
 */
final class NoScopeWideningCriterion implements Criterion {
  private static final Set<DelegationKind> PASSES_AUTHORITY =
      EnumSet.of(DelegationKind.ON_BEHALF_OF, DelegationKind.OAUTH_CONSENT);
  static final CriterionInfo INFO =
      new CriterionInfo(
          "no-scope-widening",
          MaturityStep.ENHANCED,
          "No delegation hop widens scope",
          "Narrow the listed hop to what its delegator received, or give the sub-agent a"
              + " delegation of its own from a human who may grant the wider scope.",
          Effort.MEDIUM,
          Set.of(Risk.LEAST_PRIVILEGE, Risk.ABUSE_PREVENTION),
          List.of(CSF_PR_AA_05, NHI5));

  @Override
  public CriterionInfo info() {
    return INFO;
  }

  @Override
  public Finding evaluate(Estate estate, Thresholds thresholds) {
    if (!estate.connected(SourceKind.Category.IDENTITY)) {
      return Finding.withoutIdentitySource(INFO);
    }
    long compared = 0;
    List<String> widening = new ArrayList<>();
    for (Delegation hop : estate.delegations()) {
      if (!PASSES_AUTHORITY.contains(hop.kind())) {
        continue;
      }
      Set<String> received = new HashSet<>();
      estate.delegationsTo(hop.fromId()).stream()
          .filter(in -> PASSES_AUTHORITY.contains(in.kind()))
          .forEach(in -> received.addAll(in.scope()));
      if (received.isEmpty() || hop.scope().isEmpty()) {
        continue;
      }
      compared++;
      if (!received.containsAll(hop.scope())) {
        widening.add(hop.id());
      }
    }
    return Finding.failIfAny(
        INFO,
        compared,
        "None of "
            + Ratio.count(compared, "scoped hop", "scoped hops")
            + " passes on more than it received.",
        new Ratio(widening.size(), compared)
            + " scoped delegation hops pass on scope their delegator never received.",
        new Evidence(
            EvidenceKind.DELEGATION,
            "delegation hops that widen scope",
            widening.stream().sorted().toList()));
  }
}
