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
 * @param unusedForDays only grants never used, or not used for at least this many days
 */
public record GrantFilter(
    String text,
    Set<IdentityKind> principalKinds,
    @Nullable String sourceId,
    @Nullable Privilege minPrivilege,
    boolean wildcardOnly,
    @Nullable Integer unusedForDays) {

  public static final GrantFilter ALL = new GrantFilter("", Set.of(), null, null, false, null);

  public GrantFilter {
    principalKinds =
        principalKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(principalKinds));
  }

  public GrantFilter withText(String newText) {
    return new GrantFilter(
        newText, principalKinds, sourceId, minPrivilege, wildcardOnly, unusedForDays);
  }

  public GrantFilter withPrincipalKinds(Set<IdentityKind> kinds) {
    return new GrantFilter(text, kinds, sourceId, minPrivilege, wildcardOnly, unusedForDays);
  }

  public GrantFilter withSource(@Nullable String newSourceId) {
    return new GrantFilter(
        text, principalKinds, newSourceId, minPrivilege, wildcardOnly, unusedForDays);
  }

  public GrantFilter withMinPrivilege(@Nullable Privilege privilege) {
    return new GrantFilter(text, principalKinds, sourceId, privilege, wildcardOnly, unusedForDays);
  }

  public GrantFilter withWildcardOnly(boolean only) {
    return new GrantFilter(text, principalKinds, sourceId, minPrivilege, only, unusedForDays);
  }

  public GrantFilter withUnusedForDays(@Nullable Integer days) {
    return new GrantFilter(text, principalKinds, sourceId, minPrivilege, wildcardOnly, days);
  }
}
