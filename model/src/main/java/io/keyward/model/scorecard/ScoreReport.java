package io.keyward.model.scorecard;

import io.keyward.model.cache.ScoreEntry;
import io.keyward.model.policy.AgentPolicy;
import java.util.List;

/**
 * Everything a report shows: the score, the history of its scope, readable names for its evidence,
 * and the agent policies in scope.
 */
public record ScoreReport(
    Scorecard scorecard,
    List<ScoreEntry> history,
    EvidenceNames names,
    List<AgentPolicy> policies) {

  public ScoreReport {
    history = List.copyOf(history);
    policies = List.copyOf(policies);
  }
}
