package io.keyward.app.page.credentials;

import io.keyward.app.page.detail.IdentityDetailPane;
import io.keyward.app.page.inventory.InventoryPage;
import io.keyward.model.cache.CredentialFilter;
import io.keyward.model.domain.Credential;

/** The credentials table with the selected credential's holder beside it. */
public final class CredentialsPage extends InventoryPage<CredentialFilter, Credential> {

  public CredentialsPage(CredentialsViewModel viewModel) {
    super(
        "Credentials",
        viewModel,
        new IdentityDetailPane(
            viewModel.holder(), "Holder of the credential", () -> viewModel.selected().set(null)));
  }
}
