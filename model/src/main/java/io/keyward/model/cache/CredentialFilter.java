package io.keyward.model.cache;

import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.IdentityKind;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which credentials a table shows. Empty text, empty sets, nulls and false mean "any".
 *
 * @param text matched against display name, external id and the holder's name
 * @param holderKinds kinds of the identity holding the credential
 * @param staticOnly only credentials that never expire
 * @param ids only the items with these ids; empty means any
 */
public record CredentialFilter(
    String text,
    Set<CredentialKind> kinds,
    Set<IdentityKind> holderKinds,
    @Nullable String sourceId,
    @Nullable CredentialStatus status,
    @Nullable Integer minAgeDays,
    boolean staticOnly,
    Set<String> ids) {

  public static final CredentialFilter ALL =
      new CredentialFilter("", Set.of(), Set.of(), null, null, null, false, Set.of());

  public CredentialFilter {
    ids = Set.copyOf(ids);
    kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    holderKinds = holderKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(holderKinds));
  }

  public CredentialFilter withText(String newText) {
    return new CredentialFilter(
        newText, kinds, holderKinds, sourceId, status, minAgeDays, staticOnly, ids);
  }

  public CredentialFilter withKinds(Set<CredentialKind> newKinds) {
    return new CredentialFilter(
        text, newKinds, holderKinds, sourceId, status, minAgeDays, staticOnly, ids);
  }

  public CredentialFilter withHolderKinds(Set<IdentityKind> newHolderKinds) {
    return new CredentialFilter(
        text, kinds, newHolderKinds, sourceId, status, minAgeDays, staticOnly, ids);
  }

  public CredentialFilter withSource(@Nullable String newSourceId) {
    return new CredentialFilter(
        text, kinds, holderKinds, newSourceId, status, minAgeDays, staticOnly, ids);
  }

  public CredentialFilter withStatus(@Nullable CredentialStatus newStatus) {
    return new CredentialFilter(
        text, kinds, holderKinds, sourceId, newStatus, minAgeDays, staticOnly, ids);
  }

  public CredentialFilter withMinAgeDays(@Nullable Integer days) {
    return new CredentialFilter(text, kinds, holderKinds, sourceId, status, days, staticOnly, ids);
  }

  public CredentialFilter withStaticOnly(boolean only) {
    return new CredentialFilter(text, kinds, holderKinds, sourceId, status, minAgeDays, only, ids);
  }

  /** Exactly these credentials, e.g. the evidence of a scorecard criterion; empty means any. */
  public CredentialFilter withIds(Set<String> newIds) {
    return new CredentialFilter(
        text, kinds, holderKinds, sourceId, status, minAgeDays, staticOnly, newIds);
  }
}
