package io.keyward.model.cache;

import io.keyward.model.domain.DelegationKind;
import org.jspecify.annotations.Nullable;

/**
 * Which delegations a table shows; empty text and nulls mean "any".
 *
 * @param text matched against the names of both ends and the scope
 */
public record DelegationFilter(
    String text, @Nullable DelegationKind kind, @Nullable String sourceId) {

  public static final DelegationFilter ALL = new DelegationFilter("", null, null);

  public DelegationFilter withText(String newText) {
    return new DelegationFilter(newText, kind, sourceId);
  }

  public DelegationFilter withKind(@Nullable DelegationKind newKind) {
    return new DelegationFilter(text, newKind, sourceId);
  }

  public DelegationFilter withSource(@Nullable String newSourceId) {
    return new DelegationFilter(text, kind, newSourceId);
  }
}
