package io.keyward.app.page.delegations;

import io.keyward.app.page.detail.IdentityDetailPane;
import io.keyward.app.page.inventory.InventoryPage;
import io.keyward.model.cache.DelegationFilter;
import io.keyward.model.domain.Delegation;

/** The delegations table with the identity each delegation reaches beside it. */
public final class DelegationsPage extends InventoryPage<DelegationFilter, Delegation> {

  public DelegationsPage(DelegationsViewModel viewModel) {
    super(
        "Delegations",
        viewModel,
        new IdentityDetailPane(
            viewModel.target(), "Acted through", () -> viewModel.selected().set(null)));
  }
}
