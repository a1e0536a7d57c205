package io.keyward.connectors.gcp;

import io.keyward.connectors.gcp.GcpWire.Key;
import io.keyward.connectors.gcp.GcpWire.Policy;
import io.keyward.connectors.gcp.GcpWire.ServiceAccount;
import java.util.List;
import java.util.Map;

/**
 * Everything a sync fetched from one project, as the APIs returned it.
 *
 * @param keys user-managed keys by account email
 * @param accountPolicies each account's own IAM policy by account email
 */
record ProjectSnapshot(
    List<ServiceAccount> accounts,
    Map<String, List<Key>> keys,
    Policy projectPolicy,
    Map<String, Policy> accountPolicies) {

  ProjectSnapshot {
    accounts = List.copyOf(accounts);
    keys = Map.copyOf(keys);
    accountPolicies = Map.copyOf(accountPolicies);
  }
}
