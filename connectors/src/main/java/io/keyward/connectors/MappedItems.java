package io.keyward.connectors;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;
import java.util.List;

/**
 * What a mapper made of one source's wire data, ready to load in one run. Mappers return it so they
 * stay pure; {@link #writeTo} hands it to the run.
 */
public record MappedItems(
    List<Identity> identities,
    List<Credential> credentials,
    List<Grant> grants,
    List<Delegation> delegations,
    List<Resource> resources,
    List<LineageRecord> lineage,
    List<AccessEvent> events,
    List<Alert> alerts) {

  public MappedItems {
    identities = List.copyOf(identities);
    credentials = List.copyOf(credentials);
    grants = List.copyOf(grants);
    delegations = List.copyOf(delegations);
    resources = List.copyOf(resources);
    lineage = List.copyOf(lineage);
    events = List.copyOf(events);
    alerts = List.copyOf(alerts);
  }

  /** What an identity source gives: principals, their credentials, grants and delegations. */
  public static MappedItems ofPrincipals(
      List<Identity> identities,
      List<Credential> credentials,
      List<Grant> grants,
      List<Delegation> delegations) {
    return new MappedItems(
        identities, credentials, grants, delegations, List.of(), List.of(), List.of(), List.of());
  }

  /** Identities and resources first: everything else names them. */
  public void writeTo(EstateSink sink) {
    identities.forEach(sink::add);
    resources.forEach(sink::add);
    credentials.forEach(sink::add);
    grants.forEach(sink::add);
    delegations.forEach(sink::add);
    lineage.forEach(sink::add);
    events.forEach(sink::add);
    alerts.forEach(sink::add);
  }
}
