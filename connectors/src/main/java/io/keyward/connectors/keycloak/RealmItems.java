package io.keyward.connectors.keycloak;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.Resource;
import java.util.List;

/** A realm mapped to the model, ready to load in one run. */
record RealmItems(
    List<Identity> identities,
    List<Credential> credentials,
    List<Grant> grants,
    List<Delegation> delegations,
    List<Resource> resources,
    List<AccessEvent> events) {

  RealmItems {
    identities = List.copyOf(identities);
    credentials = List.copyOf(credentials);
    grants = List.copyOf(grants);
    delegations = List.copyOf(delegations);
    resources = List.copyOf(resources);
    events = List.copyOf(events);
  }

  /** Identities first: credentials and grants name them. */
  void addTo(EstateSink sink) {
    identities.forEach(sink::add);
    resources.forEach(sink::add);
    credentials.forEach(sink::add);
    grants.forEach(sink::add);
    delegations.forEach(sink::add);
    events.forEach(sink::add);
  }
}
