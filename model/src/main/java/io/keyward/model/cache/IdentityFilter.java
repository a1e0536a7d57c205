package io.keyward.model.cache;

import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which identities a table shows. Empty text, an empty kind set and nulls mean "any".
 *
 * @param text matched against name, email and external id, case-insensitively
 * @param minAgeDays only identities created at least this many days ago
 * @param ids only the items with these ids; empty means any
 */
public record IdentityFilter(
    String text,
    Set<IdentityKind> kinds,
    @Nullable String sourceId,
    OwnerFilter owner,
    @Nullable IdentityStatus status,
    @Nullable Integer minAgeDays,
    Set<String> ids) {

  public static final IdentityFilter ALL =
      new IdentityFilter("", Set.of(), null, OwnerFilter.ANY, null, null, Set.of());

  public IdentityFilter {
    ids = Set.copyOf(ids);
    kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
  }

  public IdentityFilter withText(String newText) {
    return new IdentityFilter(newText, kinds, sourceId, owner, status, minAgeDays, ids);
  }

  public IdentityFilter withKinds(Set<IdentityKind> newKinds) {
    return new IdentityFilter(text, newKinds, sourceId, owner, status, minAgeDays, ids);
  }

  public IdentityFilter withSource(@Nullable String newSourceId) {
    return new IdentityFilter(text, kinds, newSourceId, owner, status, minAgeDays, ids);
  }

  public IdentityFilter withOwner(OwnerFilter newOwner) {
    return new IdentityFilter(text, kinds, sourceId, newOwner, status, minAgeDays, ids);
  }

  public IdentityFilter withStatus(@Nullable IdentityStatus newStatus) {
    return new IdentityFilter(text, kinds, sourceId, owner, newStatus, minAgeDays, ids);
  }

  public IdentityFilter withMinAgeDays(@Nullable Integer days) {
    return new IdentityFilter(text, kinds, sourceId, owner, status, days, ids);
  }

  /** Exactly these identities, e.g. the evidence of a scorecard criterion; empty means any. */
  public IdentityFilter withIds(Set<String> newIds) {
    return new IdentityFilter(text, kinds, sourceId, owner, status, minAgeDays, newIds);
  }
}
