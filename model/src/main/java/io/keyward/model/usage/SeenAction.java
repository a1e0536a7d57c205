package io.keyward.model.usage;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An action an identity was seen doing that none of its grants explains, grouped by action and
 * resource.
 *
 * @param denied whether the source denied it (the latest time it was seen)
 * @param count how many events
 * @param lastEventId the latest of them
 */
public record SeenAction(
    String action,
    @Nullable String resource,
    boolean denied,
    long count,
    Instant lastSeen,
    String lastEventId) {}
