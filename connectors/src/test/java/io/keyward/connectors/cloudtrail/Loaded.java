package io.keyward.connectors.cloudtrail;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What one source holds in the cache after an import, by id. */
record Loaded(
    Map<String, AccessEvent> events,
    Map<String, Credential> credentials,
    Map<String, Delegation> delegations) {

  static Loaded of(Cache cache, String sourceId) {
    List<AccessEvent> events = new ArrayList<>();
    List<Credential> credentials = new ArrayList<>();
    List<Delegation> delegations = new ArrayList<>();
    cache
        .repository()
        .readEstate(
            new EstateSink() {
              @Override
              public void add(Identity identity) {}

              @Override
              public void add(Credential credential) {
                credentials.add(credential);
              }

              @Override
              public void add(Grant grant) {}

              @Override
              public void add(Delegation delegation) {
                delegations.add(delegation);
              }

              @Override
              public void add(Resource resource) {}

              @Override
              public void add(LineageRecord record) {}

              @Override
              public void add(AccessEvent event) {
                events.add(event);
              }

              @Override
              public void add(Alert alert) {}
            });
    return new Loaded(
        byId(events, AccessEvent::sourceId, AccessEvent::id, sourceId),
        byId(credentials, Credential::sourceId, Credential::id, sourceId),
        byId(delegations, Delegation::sourceId, Delegation::id, sourceId));
  }

  private static <T> Map<String, T> byId(
      List<T> items, Function<T, String> source, Function<T, String> id, String sourceId) {
    return items.stream()
        .filter(i -> source.apply(i).equals(sourceId))
        .collect(Collectors.toMap(id, i -> i));
  }

  AccessEvent event(String eventNumber) {
    return events.get(TrailImportTest.SOURCE + ":event/" + TrailImportTest.eventId(eventNumber));
  }

  AccessEvent change(String eventNumber) {
    return events.get(TrailImportTest.SOURCE + ":change/" + TrailImportTest.eventId(eventNumber));
  }
}
