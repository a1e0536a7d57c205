package io.keyward.app.page.delegations;

import io.keyward.app.page.inventory.InventoryPage;
import io.keyward.model.cache.DelegationFilter;
import io.keyward.model.domain.Delegation;

/** The delegations table. */
public final class DelegationsPage extends InventoryPage<DelegationFilter, Delegation> {

  public DelegationsPage(DelegationsViewModel viewModel) {
    super("Delegations", viewModel, null);
  }
}
