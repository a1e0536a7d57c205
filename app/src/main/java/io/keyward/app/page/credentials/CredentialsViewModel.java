package io.keyward.app.page.credentials;

import io.keyward.app.format.Display;
import io.keyward.app.format.Tone;
import io.keyward.app.format.Tones;
import io.keyward.app.page.PageContext;
import io.keyward.app.page.detail.IdentityDetailViewModel;
import io.keyward.app.page.inventory.Choices;
import io.keyward.app.page.inventory.Column;
import io.keyward.app.page.inventory.FilterField;
import io.keyward.app.page.inventory.InventoryDefinition;
import io.keyward.app.page.inventory.InventoryViewModel;
import io.keyward.model.cache.CredentialFilter;
import io.keyward.model.cache.CredentialSort;
import io.keyward.model.cache.Sort;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.CredentialStatus;
import java.util.List;

/** Credential metadata (never secrets) with the holder of the selected one. */
public final class CredentialsViewModel extends InventoryViewModel<CredentialFilter, Credential> {
  private final IdentityDetailViewModel holder;

  public CredentialsViewModel(PageContext context, int limit) {
    super(definition(context), context.tasks(), limit);
    holder = new IdentityDetailViewModel(context.repository(), context.tasks(), context.clock());
    holder.follow(selected(), Credential::identityId);
  }

  /** The identity holding the selected credential. */
  public IdentityDetailViewModel holder() {
    return holder;
  }

  static InventoryDefinition<CredentialFilter, Credential> definition(PageContext context) {
    List<Column<Credential>> columns =
        List.of(
            // The key id first: a leaked key reaches the analyst as its id (AKIA..., a key name).
            Column.<Credential>of("Key id", 200, Credential::externalId)
                .sortedIn(Sort.ascending(CredentialSort.KEY_ID)),
            Column.<Credential>of(
                    "Holder", 170, (credential, names) -> names.of(credential.identityId()))
                .sortedIn(Sort.ascending(CredentialSort.HOLDER)),
            Column.<Credential>of("Kind", 160, credential -> Display.words(credential.kind()))
                .sortedIn(Sort.ascending(CredentialSort.KIND)),
            Column.<Credential>of("Status", 95, credential -> Display.words(credential.status()))
                .toned(credential -> Tones.of(credential.status()))
                .sortedIn(Sort.ascending(CredentialSort.STATUS)),
            Column.<Credential>of(
                    "Age",
                    75,
                    credential -> Display.days(credential.createdAt(), context.clock().instant()))
                .asNumber()
                .sortedIn(Sort.descending(CredentialSort.CREATED)),
            Column.<Credential>of(
                    "Expires",
                    185,
                    credential ->
                        credential.isStatic() ? "Never" : Display.instant(credential.expiresAt()))
                .toned(
                    credential ->
                        credential.isStatic() && credential.active() ? Tone.WARNING : null)
                .sortedIn(Sort.ascending(CredentialSort.EXPIRES)),
            Column.<Credential>of(
                    "Last used",
                    185,
                    credential ->
                        credential.lastUsedAt() == null
                            ? "Never"
                            : Display.instant(credential.lastUsedAt()))
                .sortedIn(Sort.ascending(CredentialSort.LAST_USED)),
            Column.<Credential>of(
                    "Source", 180, credential -> context.sourceName(credential.sourceId()))
                .sortedIn(Sort.ascending(CredentialSort.SOURCE)),
            Column.<Credential>of("Name", 180, Credential::displayName)
                .sortedIn(Sort.ascending(CredentialSort.NAME)));
    List<FilterField<CredentialFilter>> filters =
        List.of(
            new FilterField.Pick<>(
                "Kind",
                Choices.oneOf(CredentialKind.values()),
                CredentialFilter::kinds,
                CredentialFilter::withKinds),
            new FilterField.Pick<>(
                "Holder kind",
                Choices.identityKinds(),
                CredentialFilter::holderKinds,
                CredentialFilter::withHolderKinds),
            new FilterField.Pick<>(
                "Source",
                Choices.sources(context.sources()),
                CredentialFilter::sourceId,
                CredentialFilter::withSource),
            new FilterField.Pick<>(
                "Status",
                Choices.of(CredentialStatus.values()),
                CredentialFilter::status,
                CredentialFilter::withStatus),
            new FilterField.Pick<>(
                "Age",
                Choices.days(30, 90, 180, 365),
                CredentialFilter::minAgeDays,
                CredentialFilter::withMinAgeDays),
            new FilterField.Toggle<>(
                "Static only", CredentialFilter::staticOnly, CredentialFilter::withStaticOnly));
    return new InventoryDefinition<>(
        "credential",
        "credentials",
        CredentialFilter.ALL,
        CredentialFilter::text,
        CredentialFilter::withText,
        CredentialSort.DEFAULT,
        (filter, sort, limit) ->
            context.repository().credentials(filter, sort.of(CredentialSort.class), limit),
        columns,
        filters);
  }
}
