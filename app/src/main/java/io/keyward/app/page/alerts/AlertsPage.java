package io.keyward.app.page.alerts;

import io.keyward.app.page.inventory.InventoryPage;
import io.keyward.model.cache.AlertFilter;
import io.keyward.model.domain.Alert;

/** The alerts table with the selected alert in full beside it. */
public final class AlertsPage extends InventoryPage<AlertFilter, Alert> {

  public AlertsPage(AlertsViewModel viewModel) {
    super(
        "Alerts",
        viewModel,
        new AlertDetailPane(viewModel.detail(), () -> viewModel.selected().set(null)));
  }
}
