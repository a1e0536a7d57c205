package io.keyward.model.cache;

import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.Privilege;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which grants a table shows. Empty text, empty sets, nulls and false mean "any".
 *
 * @param text matched against permission, resource and the principal's name
 * @param minPrivilege only grants at least this strong (WRITE includes ADMIN)
 * @param wildcardOnly only grants with a wildcard permission or resource
 * @param unusedForDays only grants never used, or not used for at least this many days, of sources
 *     that report when grants were last used
 * @param addedOnly only grants a sync saw for the first time after their source's first sync
 * @param ids only the items with these ids; empty means any
 */
public record GrantFilter(
    String text,
    Set<IdentityKind> principalKinds,
    @Nullable String sourceId,
    @Nullable Privilege minPrivilege,
    boolean wildcardOnly,
    @Nullable Integer unusedForDays,
    boolean addedOnly,
    Set<String> ids) {

  public static final GrantFilter ALL =
      new GrantFilter("", Set.of(), null, null, false, null, false, Set.of());

  public GrantFilter {
    ids = Set.copyOf(ids);
    principalKinds =
        principalKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(principalKinds));
  }

  public GrantFilter withText(String newText) {
    return new GrantFilter(
        newText,
        principalKinds,
        sourceId,
        minPrivilege,
        wildcardOnly,
        unusedForDays,
        addedOnly,
        ids);
  }

  public GrantFilter withPrincipalKinds(Set<IdentityKind> kinds) {
    return new GrantFilter(
        text, kinds, sourceId, minPrivilege, wildcardOnly, unusedForDays, addedOnly, ids);
  }

  public GrantFilter withSource(@Nullable String newSourceId) {
    return new GrantFilter(
        text,
        principalKinds,
        newSourceId,
        minPrivilege,
        wildcardOnly,
        unusedForDays,
        addedOnly,
        ids);
  }

  public GrantFilter withMinPrivilege(@Nullable Privilege privilege) {
    return new GrantFilter(
        text, principalKinds, sourceId, privilege, wildcardOnly, unusedForDays, addedOnly, ids);
  }

  public GrantFilter withWildcardOnly(boolean only) {
    return new GrantFilter(
        text, principalKinds, sourceId, minPrivilege, only, unusedForDays, addedOnly, ids);
  }

  public GrantFilter withUnusedForDays(@Nullable Integer days) {
    return new GrantFilter(
        text, principalKinds, sourceId, minPrivilege, wildcardOnly, days, addedOnly, ids);
  }

  public GrantFilter withAddedOnly(boolean only) {
    return new GrantFilter(
        text, principalKinds, sourceId, minPrivilege, wildcardOnly, unusedForDays, only, ids);
  }

  /** Exactly these grants, e.g. the evidence of a scorecard criterion; empty means any. */
  public GrantFilter withIds(Set<String> newIds) {
    return new GrantFilter(
        text,
        principalKinds,
        sourceId,
        minPrivilege,
        wildcardOnly,
        unusedForDays,
        addedOnly,
        newIds);
  }
}
