package io.keyward.model.timeline;

import io.keyward.model.cache.EstateRepository;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Identity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the facts of a timeline from the cache and puts them in order. */
public final class TimelineQuery {
  private final EstateRepository repository;
  private final Clock clock;

  /**
   * @param clock "now", to tell an expired credential from one that will expire
   */
  public TimelineQuery(EstateRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /**
   * Everything about {@code identityId} and the credentials it holds; empty when the cache does not
   * hold it.
   */
  public Optional<Timeline> identity(String identityId) {
    Optional<Identity> found = repository.identity(identityId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<Credential> credentials = repository.credentialsOf(identityId);
    List<String> credentialIds = credentials.stream().map(Credential::id).toList();
    List<String> targets = new ArrayList<>(credentialIds);
    targets.add(identityId);
    return Optional.of(
        IncidentTimeline.ofIdentity(
            found.get(),
            credentials,
            repository.grantAdditions(identityId),
            repository.alertsAbout(identityId, credentialIds),
            repository.accessEventsAbout(identityId, credentialIds),
            repository.revocationsOf(targets),
            clock.instant()));
  }

  /** Everything about one credential; empty when the cache does not hold it. */
  public Optional<Timeline> credential(String credentialId) {
    Optional<Credential> found = repository.credential(credentialId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Credential credential = found.get();
    List<String> ids = List.of(credentialId);
    return Optional.of(
        IncidentTimeline.ofCredential(
            credential,
            repository.credentialsOf(credential.identityId()),
            repository.alertsAbout(null, ids),
            repository.accessEventsAbout(null, ids),
            repository.revocationsOf(ids),
            clock.instant()));
  }
}
