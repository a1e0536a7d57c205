package io.keyward.app.page.identities;

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
import io.keyward.app.page.inventory.Names;
import io.keyward.model.cache.IdentityFilter;
import io.keyward.model.cache.IdentitySort;
import io.keyward.model.cache.OwnerFilter;
import io.keyward.model.cache.Sort;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityStatus;
import java.util.List;

/** Every identity of every source, with the selected one's detail. */
public final class IdentitiesViewModel extends InventoryViewModel<IdentityFilter, Identity> {
  private final IdentityDetailViewModel detail;

  public IdentitiesViewModel(PageContext context, int limit) {
    super(definition(context), context.tasks(), limit);
    detail = new IdentityDetailViewModel(context.repository(), context.tasks(), context.clock());
    detail.follow(selected(), Identity::id);
  }

  public IdentityDetailViewModel detail() {
    return detail;
  }

  static InventoryDefinition<IdentityFilter, Identity> definition(PageContext context) {
    List<Column<Identity>> columns =
        List.of(
            Column.<Identity>of("Name", 190, Identity::name)
                .sortedIn(Sort.ascending(IdentitySort.NAME)),
            Column.<Identity>of("Kind", 125, identity -> Display.words(identity.kind()))
                .toned(identity -> Tone.ACCENT)
                .sortedIn(Sort.ascending(IdentitySort.KIND)),
            Column.<Identity>of("Source", 180, identity -> context.sourceName(identity.sourceId()))
                .sortedIn(Sort.ascending(IdentitySort.SOURCE)),
            Column.<Identity>of("Owner", 140, IdentitiesViewModel::owner)
                .toned(identity -> missingOwner(identity) ? Tone.DANGER : null)
                .sortedIn(Sort.ascending(IdentitySort.OWNER)),
            Column.<Identity>of("Status", 95, identity -> Display.words(identity.status()))
                .toned(identity -> Tones.of(identity.status()))
                .sortedIn(Sort.ascending(IdentitySort.STATUS)),
            Column.<Identity>of(
                    "Age",
                    80,
                    identity -> Display.days(identity.createdAt(), context.clock().instant()))
                .asNumber()
                .sortedIn(Sort.descending(IdentitySort.CREATED)),
            Column.<Identity>of("Created", 185, identity -> Display.instant(identity.createdAt()))
                .sortedIn(Sort.ascending(IdentitySort.CREATED)),
            Column.<Identity>of("External id", 260, Identity::externalId)
                .sortedIn(Sort.ascending(IdentitySort.EXTERNAL_ID)));
    List<FilterField<IdentityFilter>> filters =
        List.of(
            new FilterField.Pick<>(
                "Kind", Choices.identityKinds(), IdentityFilter::kinds, IdentityFilter::withKinds),
            new FilterField.Pick<>(
                "Source",
                Choices.sources(context.sources()),
                IdentityFilter::sourceId,
                IdentityFilter::withSource),
            new FilterField.Pick<>(
                "Owner",
                List.of(
                    new Choice<>("Any", OwnerFilter.ANY),
                    new Choice<>("Has an owner", OwnerFilter.HAS_OWNER),
                    new Choice<>("No owner", OwnerFilter.NO_OWNER)),
                IdentityFilter::owner,
                IdentityFilter::withOwner),
            new FilterField.Pick<>(
                "Status",
                Choices.of(IdentityStatus.values()),
                IdentityFilter::status,
                IdentityFilter::withStatus),
            new FilterField.Pick<>(
                "Age",
                Choices.days(30, 90, 180, 365),
                IdentityFilter::minAgeDays,
                IdentityFilter::withMinAgeDays));
    return new InventoryDefinition<>(
        "identity",
        "identities",
        IdentityFilter.ALL,
        IdentityFilter::text,
        IdentityFilter::withText,
        IdentitySort.DEFAULT,
        (filter, sort, limit) ->
            context.repository().identities(filter, sort.of(IdentitySort.class), limit),
        columns,
        filters);
  }

  private static String owner(Identity identity, Names names) {
    if (identity.ownerId() != null) {
      return names.of(identity.ownerId());
    }
    return missingOwner(identity) ? "No owner" : "—";
  }

  private static boolean missingOwner(Identity identity) {
    return identity.ownerId() == null && identity.kind().isNonHuman();
  }
}
