package io.keyward.connectors.entra;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.Resource;
import java.util.List;

/**
 * A tenant mapped to the model, ready to load.
 *
 * @param skipped grants Graph reported for principals this sync did not load (deleted objects,
 *     devices), left out so the cache holds no dangling grant
 */
record EntraItems(
    List<Identity> identities,
    List<Credential> credentials,
    List<Grant> grants,
    List<Delegation> delegations,
    List<Resource> resources,
    int skipped) {

  EntraItems {
    identities = List.copyOf(identities);
    credentials = List.copyOf(credentials);
    grants = List.copyOf(grants);
    delegations = List.copyOf(delegations);
    resources = List.copyOf(resources);
  }

  void addTo(EstateSink sink) {
    identities.forEach(sink::add);
    credentials.forEach(sink::add);
    resources.forEach(sink::add);
    grants.forEach(sink::add);
    delegations.forEach(sink::add);
  }
}
