package io.keyward.connectors.aws;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import java.util.List;

/** What one account maps to, ready to load. */
record MappedAccount(
    List<Identity> identities,
    List<Credential> credentials,
    List<Grant> grants,
    List<Delegation> delegations) {

  MappedAccount {
    identities = List.copyOf(identities);
    credentials = List.copyOf(credentials);
    grants = List.copyOf(grants);
    delegations = List.copyOf(delegations);
  }

  /** Identities first, so whatever refers to them finds them in the same run. */
  void writeTo(EstateSink sink) {
    identities.forEach(sink::add);
    credentials.forEach(sink::add);
    grants.forEach(sink::add);
    delegations.forEach(sink::add);
  }
}
