package io.keyward.app.page.delegations;

import io.keyward.app.format.Display;
import io.keyward.app.format.Tone;
import io.keyward.app.page.PageContext;
import io.keyward.app.page.detail.IdentityDetailViewModel;
import io.keyward.app.page.inventory.Choices;
import io.keyward.app.page.inventory.Column;
import io.keyward.app.page.inventory.FilterField;
import io.keyward.app.page.inventory.InventoryDefinition;
import io.keyward.app.page.inventory.InventoryViewModel;
import io.keyward.model.cache.DelegationFilter;
import io.keyward.model.cache.DelegationSort;
import io.keyward.model.cache.Sort;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import java.util.List;

/** Edges by which one principal acts through another, each with its scope and condition. */
public final class DelegationsViewModel extends InventoryViewModel<DelegationFilter, Delegation> {
  private final IdentityDetailViewModel target;

  public DelegationsViewModel(PageContext context, int limit) {
    super(definition(context), context.tasks(), limit);
    target = new IdentityDetailViewModel(context.repository(), context.tasks(), context.clock());
    target.follow(selected(), Delegation::toId);
  }

  /**
   * The identity the selected delegation lets its holder act through: its grants are what the
   * delegation hands on.
   */
  public IdentityDetailViewModel target() {
    return target;
  }

  static InventoryDefinition<DelegationFilter, Delegation> definition(PageContext context) {
    List<Column<Delegation>> columns =
        List.of(
            Column.<Delegation>of("From", 180, (delegation, names) -> names.of(delegation.fromId()))
                .sortedIn(Sort.ascending(DelegationSort.FROM)),
            Column.<Delegation>of(
                    "Acts through", 180, (delegation, names) -> names.of(delegation.toId()))
                .sortedIn(Sort.ascending(DelegationSort.TO)),
            Column.<Delegation>of("Kind", 130, delegation -> Display.words(delegation.kind()))
                .toned(delegation -> Tone.NEUTRAL)
                .sortedIn(Sort.ascending(DelegationSort.KIND)),
            Column.<Delegation>of(
                    "Scope",
                    210,
                    delegation ->
                        delegation.scope().isEmpty()
                            ? "Unrestricted"
                            : String.join(", ", delegation.scope()))
                .toned(delegation -> delegation.scope().isEmpty() ? Tone.WARNING : null)
                .sortedIn(Sort.ascending(DelegationSort.SCOPE)),
            Column.<Delegation>of(
                    "Condition",
                    140,
                    delegation -> delegation.condition() == null ? "" : delegation.condition())
                .sortedIn(Sort.ascending(DelegationSort.CONDITION)),
            Column.<Delegation>of(
                    "Source", 180, delegation -> context.sourceName(delegation.sourceId()))
                .sortedIn(Sort.ascending(DelegationSort.SOURCE)),
            Column.<Delegation>of(
                    "Expires",
                    185,
                    delegation ->
                        delegation.expiresAt() == null
                            ? "Never"
                            : Display.instant(delegation.expiresAt()))
                .sortedIn(Sort.ascending(DelegationSort.EXPIRES)));
    List<FilterField<DelegationFilter>> filters =
        List.of(
            new FilterField.Pick<>(
                "Kind",
                Choices.of(DelegationKind.values()),
                DelegationFilter::kind,
                DelegationFilter::withKind),
            new FilterField.Pick<>(
                "Source",
                Choices.sources(context.sources()),
                DelegationFilter::sourceId,
                DelegationFilter::withSource));
    return new InventoryDefinition<>(
        "delegation",
        "delegations",
        DelegationFilter.ALL,
        DelegationFilter::text,
        DelegationFilter::withText,
        DelegationSort.DEFAULT,
        (filter, sort, limit) ->
            context.repository().delegations(filter, sort.of(DelegationSort.class), limit),
        columns,
        filters);
  }
}
