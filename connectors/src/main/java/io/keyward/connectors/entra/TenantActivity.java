package io.keyward.connectors.entra;

import io.keyward.connectors.entra.GraphWire.DirectoryAudit;
import io.keyward.connectors.entra.GraphWire.SignIn;
import java.util.List;

/** The tenant's recent sign-ins and credential changes, as far as the app may read them. */
record TenantActivity(
    List<SignIn> userSignIns, List<SignIn> principalSignIns, List<DirectoryAudit> audits) {

  static final TenantActivity NONE = new TenantActivity(List.of(), List.of(), List.of());

  TenantActivity {
    userSignIns = List.copyOf(userSignIns);
    principalSignIns = List.copyOf(principalSignIns);
    audits = List.copyOf(audits);
  }
}
