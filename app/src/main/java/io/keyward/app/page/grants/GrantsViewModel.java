package io.keyward.app.page.grants;

import io.keyward.app.format.Display;
import io.keyward.app.format.Tone;
import io.keyward.app.format.Tones;
import io.keyward.app.page.PageContext;
import io.keyward.app.page.detail.IdentityDetailViewModel;
import io.keyward.app.page.inventory.Choices;
import io.keyward.app.page.inventory.Column;
import io.keyward.app.page.inventory.FilterField;
import io.keyward.app.page.inventory.FilterField.Choice;
import io.keyward.app.page.inventory.InventoryDefinition;
import io.keyward.app.page.inventory.InventoryViewModel;
import io.keyward.model.cache.GrantFilter;
import io.keyward.model.cache.GrantSort;
import io.keyward.model.cache.Sort;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Privilege;
import java.util.List;

/** Who holds what on which resource, with the selected grant's principal. */
public final class GrantsViewModel extends InventoryViewModel<GrantFilter, Grant> {
  private final IdentityDetailViewModel principal;

  public GrantsViewModel(PageContext context, int limit) {
    super(definition(context), context.tasks(), limit);
    principal = new IdentityDetailViewModel(context.repository(), context.tasks(), context.clock());
    principal.follow(selected(), Grant::principalId);
  }

  /** The identity holding the selected grant. */
  public IdentityDetailViewModel principal() {
    return principal;
  }

  static InventoryDefinition<GrantFilter, Grant> definition(PageContext context) {
    List<Column<Grant>> columns =
        List.of(
            Column.<Grant>of("Principal", 200, (grant, names) -> names.of(grant.principalId()))
                .sortedIn(Sort.ascending(GrantSort.PRINCIPAL)),
            Column.<Grant>of("Permission", 200, Grant::permission)
                .sortedIn(Sort.ascending(GrantSort.PERMISSION)),
            Column.<Grant>of("Resource", 220, Grant::resource)
                .toned(grant -> grant.isWildcard() ? Tone.WARNING : null)
                .sortedIn(Sort.ascending(GrantSort.RESOURCE)),
            Column.<Grant>of("Privilege", 95, grant -> Display.words(grant.privilege()))
                .toned(grant -> Tones.of(grant.privilege()))
                .sortedIn(Sort.ascending(GrantSort.PRIVILEGE)),
            Column.<Grant>of(
                    "Origin",
                    150,
                    (grant, names) ->
                        Display.words(grant.origin())
                            + (grant.viaId() == null ? "" : " " + names.of(grant.viaId())))
                .sortedIn(Sort.ascending(GrantSort.ORIGIN)),
            Column.<Grant>of("Source", 180, grant -> context.sourceName(grant.sourceId()))
                .sortedIn(Sort.ascending(GrantSort.SOURCE)),
            Column.<Grant>of(
                    "Last used",
                    185,
                    grant ->
                        grant.lastUsedAt() == null ? "Never" : Display.instant(grant.lastUsedAt()))
                .toned(grant -> grant.lastUsedAt() == null ? Tone.MUTED : null)
                .sortedIn(Sort.ascending(GrantSort.LAST_USED)),
            Column.<Grant>of(
                    "Condition", 180, grant -> grant.condition() == null ? "" : grant.condition())
                .sortedIn(Sort.ascending(GrantSort.CONDITION)));
    List<FilterField<GrantFilter>> filters =
        List.of(
            new FilterField.Pick<>(
                "Principal kind",
                Choices.identityKinds(),
                GrantFilter::principalKinds,
                GrantFilter::withPrincipalKinds),
            new FilterField.Pick<>(
                "Source",
                Choices.sources(context.sources()),
                GrantFilter::sourceId,
                GrantFilter::withSource),
            new FilterField.Pick<>(
                "Privilege",
                List.of(
                    new Choice<>("Any", null),
                    new Choice<>("Write or admin", Privilege.WRITE),
                    new Choice<>("Admin", Privilege.ADMIN)),
                GrantFilter::minPrivilege,
                GrantFilter::withMinPrivilege),
            new FilterField.Pick<>(
                "Unused",
                Choices.days(30, 90, 180, 365),
                GrantFilter::unusedForDays,
                GrantFilter::withUnusedForDays),
            new FilterField.Toggle<>(
                "Wildcard only", GrantFilter::wildcardOnly, GrantFilter::withWildcardOnly),
            new FilterField.Toggle<>(
                "New since first sync", GrantFilter::addedOnly, GrantFilter::withAddedOnly));
    return new InventoryDefinition<>(
        "grant",
        "grants",
        GrantFilter.ALL,
        GrantFilter::text,
        GrantFilter::withText,
        GrantSort.DEFAULT,
        (filter, sort, limit) ->
            context.repository().grants(filter, sort.of(GrantSort.class), limit),
        columns,
        filters);
  }
}
