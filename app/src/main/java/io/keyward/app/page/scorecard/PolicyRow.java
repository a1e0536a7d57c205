package io.keyward.app.page.scorecard;

import io.keyward.model.policy.AgentPolicy;
import io.keyward.model.scorecard.PolicyViolation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One agent policy as the list shows it.
 *
 * @param agentName the name of the identity it resolved to; null when none matched
 */
public record PolicyRow(
    AgentPolicy policy, @Nullable String agentName, List<PolicyViolation> violations) {
  public PolicyRow {
    violations = List.copyOf(violations);
  }
}
