package io.keyward.model.scorecard;

import org.jspecify.annotations.Nullable;

/**
 * One way the estate breaks an agent policy.
 *
 * @param policyAgentId the policy's {@code ai_agent_id}
 * @param agentId the identity the policy resolved to; null when none matched
 * @param detail what was found, with the numbers, e.g. "key-1 never expires (limit 60 min)"
 * @param itemKind what the offending item is; null when the agent itself is the item
 * @param itemId the offending grant or credential; null with a null kind
 */
public record PolicyViolation(
    String policyAgentId,
    @Nullable String agentId,
    ViolationKind kind,
    String detail,
    @Nullable EvidenceKind itemKind,
    @Nullable String itemId) {}
