package io.keyward.model.lineage;

import io.keyward.model.domain.Identity;
import org.jspecify.annotations.Nullable;

/**
 * Who ran a run: the reference the source recorded (an identity id, an email, a user name) and the
 * identity it resolves to, when exactly one identity in the cache answers to it.
 */
public record RunActor(String reference, @Nullable Identity identity) {

  public boolean matched() {
    return identity != null;
  }

  /** The identity's id, or the raw reference when no identity answers to it. */
  public String id() {
    return identity == null ? reference : identity.id();
  }

  public String name() {
    return identity == null ? reference : identity.name();
  }
}
