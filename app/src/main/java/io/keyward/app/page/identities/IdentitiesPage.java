package io.keyward.app.page.identities;

import io.keyward.app.page.detail.IdentityDetailPane;
import io.keyward.app.page.inventory.InventoryPage;
import io.keyward.model.cache.IdentityFilter;
import io.keyward.model.domain.Identity;

/** The identities table with the selected identity's detail beside it. */
public final class IdentitiesPage extends InventoryPage<IdentityFilter, Identity> {

  public IdentitiesPage(IdentitiesViewModel viewModel) {
    super(
        "Identities",
        viewModel,
        new IdentityDetailPane(viewModel.detail(), "", () -> viewModel.selected().set(null)));
  }
}
