package io.keyward.model.cache;

import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.Resource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What judging the use of one identity's grants needs, read without loading the estate.
 *
 * @param identities the identity and those acting through it
 * @param grants its grants, the first {@link IdentityReads#DETAIL_GRANTS}
 * @param inbound the delegations by which others act through it
 * @param events the access events of the identity and of those others
 * @param firstEventBySource the earliest allowed access logged for any identity of each source
 * @param reportingSources sources that report when a grant was last used (for any grant)
 */
public record UsageSlice(
    List<Identity> identities,
    List<Grant> grants,
    List<Delegation> inbound,
    List<AccessEvent> events,
    List<Resource> resources,
    Map<String, Instant> firstEventBySource,
    Set<String> reportingSources) {

  public UsageSlice {
    identities = List.copyOf(identities);
    grants = List.copyOf(grants);
    inbound = List.copyOf(inbound);
    events = List.copyOf(events);
    resources = List.copyOf(resources);
    firstEventBySource = Map.copyOf(firstEventBySource);
    reportingSources = Set.copyOf(reportingSources);
  }
}
