package io.keyward.app.page.grants;

import io.keyward.app.page.detail.IdentityDetailPane;
import io.keyward.app.page.inventory.InventoryPage;
import io.keyward.model.cache.GrantFilter;
import io.keyward.model.domain.Grant;

/** The grants table with the selected grant's principal beside it. */
public final class GrantsPage extends InventoryPage<GrantFilter, Grant> {

  public GrantsPage(GrantsViewModel viewModel) {
    super(
        "Grants",
        viewModel,
        new IdentityDetailPane(
            viewModel.principal(),
            "Principal holding the grant",
            () -> viewModel.selected().set(null)));
  }
}
