package io.keyward.model.events;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One agent's observed sessions in summary.
 *
 * @param medianRequested the median lifetime requested (the lower middle of an even count)
 * @param longestUsed the longest time a session was seen in use; null when no use was logged
 */
public record AgentLifetimes(
    String agentId,
    int issued,
    Duration longestRequested,
    Duration medianRequested,
    @Nullable Duration longestUsed) {}
