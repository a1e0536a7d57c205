package io.keyward.model.usage;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The latest known use of a grant.
 *
 * @param eventId the access event that shows it, when {@code basis} is {@link UseBasis#EVENT}
 */
public record LastUse(Instant time, UseBasis basis, @Nullable String eventId) {

  static LastUse event(Instant time, String eventId) {
    return new LastUse(time, UseBasis.EVENT, eventId);
  }

  static LastUse reported(Instant time) {
    return new LastUse(time, UseBasis.SOURCE_REPORTED, null);
  }

  /** The later of two uses; either may be absent. */
  static @Nullable LastUse later(@Nullable LastUse a, @Nullable LastUse b) {
    if (a == null) {
      return b;
    }
    return b == null || !b.time.isAfter(a.time) ? a : b;
  }
}
