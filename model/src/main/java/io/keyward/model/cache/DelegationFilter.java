package io.keyward.model.cache;

import io.keyward.model.domain.DelegationKind;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which delegations a table shows; empty text and nulls mean "any".
 *
 * @param text matched against the names of both ends and the scope
 * @param ids only the items with these ids; empty means any
 */
public record DelegationFilter(
    String text, @Nullable DelegationKind kind, @Nullable String sourceId, Set<String> ids) {

  public static final DelegationFilter ALL = new DelegationFilter("", null, null, Set.of());

  public DelegationFilter {
    ids = Set.copyOf(ids);
  }

  public DelegationFilter withText(String newText) {
    return new DelegationFilter(newText, kind, sourceId, ids);
  }

  public DelegationFilter withKind(@Nullable DelegationKind newKind) {
    return new DelegationFilter(text, newKind, sourceId, ids);
  }

  public DelegationFilter withSource(@Nullable String newSourceId) {
    return new DelegationFilter(text, kind, newSourceId, ids);
  }

  /** Exactly these delegations, e.g. the evidence of a scorecard criterion; empty means any. */
  public DelegationFilter withIds(Set<String> newIds) {
    return new DelegationFilter(text, kind, sourceId, newIds);
  }
}
