package io.keyward.connectors.gcp;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import java.util.List;

/** What one GCP project (or one file of it) maps to. */
record MappedProject(
    List<Identity> identities,
    List<Credential> credentials,
    List<Grant> grants,
    List<Delegation> delegations) {

  MappedProject {
    identities = List.copyOf(identities);
    credentials = List.copyOf(credentials);
    grants = List.copyOf(grants);
    delegations = List.copyOf(delegations);
  }

  void writeTo(EstateSink sink) {
    identities.forEach(sink::add);
    credentials.forEach(sink::add);
    grants.forEach(sink::add);
    delegations.forEach(sink::add);
  }
}
