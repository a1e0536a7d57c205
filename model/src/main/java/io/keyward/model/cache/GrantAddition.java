package io.keyward.model.cache;

import io.keyward.model.domain.Grant;
import java.time.Instant;
import java.util.Objects;

/**
 * A grant its source did not hold at one completed sync and held at the next: it was added in
 * between. The cache knows no closer time than that; a grant present at the source's first sync has
 * no addition.
 *
 * @param notBefore when the sync before, which did not see it, completed
 * @param seenAt when the sync that first saw it completed
 */
public record GrantAddition(Grant grant, Instant notBefore, Instant seenAt) {
  public GrantAddition {
    Objects.requireNonNull(grant, "grant");
    Objects.requireNonNull(notBefore, "notBefore");
    Objects.requireNonNull(seenAt, "seenAt");
  }
}
