package io.keyward.model.scorecard;

import java.util.List;

/**
 * Every criterion, in the order the scorecard lists them: by step, then as the guide names them.
 */
public final class Criteria {
  private Criteria() {}

  public static final List<Criterion> ALL =
      List.of(
          new OwnIdentityCriterion(),
          new NoSharedCredentialCriterion(),
          new ActiveOwnerCriterion(),
          new TracedDelegationCriterion(),
          new AuditableActivityCriterion(),
          new ShortLivedCredentialsCriterion(),
          new NoStaleStaticKeysCriterion(),
          new NoWildcardAdminCriterion(),
          new UnusedGrantsCriterion(),
          new NoScopeWideningCriterion(),
          new RealtimeDetectionCriterion(),
          new LineageIdentityCriterion(),
          new PolicyComplianceCriterion(),
          new ContinuousEvaluationCriterion(),
          new ContextualAccessCriterion(),
          new RiskBasedAccessCriterion(),
          new RealtimeRevocationCriterion(),
          new PhishingResistantMfaCriterion());
}
