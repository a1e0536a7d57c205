package io.keyward.model.events;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One credential issuance the logs showed for an agent.
 *
 * @param eventId the CREDENTIAL_ISSUED event
 * @param agentId the agent it was issued to: the role it acts as when that is an agent, else the
 *     caller
 * @param requested the lifetime it was issued with
 * @param used from issue to the last call the logs show made with it; null when none is shown
 */
public record IssuedSession(
    String eventId, String agentId, Instant issuedAt, Duration requested, @Nullable Duration used) {

  /** Whether it was issued for at most {@code limit}. */
  public boolean within(Duration limit) {
    return requested.compareTo(limit) <= 0;
  }
}
