package io.keyward.model.cache;

import java.time.Instant;

/**
 * An agent policy as kept in the cache: the JSON document verbatim, unknown fields included.
 *
 * @param agentId the {@code ai_agent_id} the document governs
 */
public record StoredPolicy(String agentId, String document, Instant updatedAt) {}
