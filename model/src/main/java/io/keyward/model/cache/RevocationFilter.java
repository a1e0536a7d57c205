package io.keyward.model.cache;

import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import org.jspecify.annotations.Nullable;

/**
 * Which audit entries to list: any outcome or action when null; {@code text} matches the target or
 * the actor, ignoring case, and matches everything when blank.
 */
public record RevocationFilter(
    @Nullable RevocationOutcome outcome, @Nullable RevocationAction action, String text) {
  public static final RevocationFilter ALL = new RevocationFilter(null, null, "");
}
