package io.keyward.model.cache;

import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SyncRun;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the cache: every query the console and CLI run. Safe to call from any one thread. */
public final class EstateRepository {

  public EstateStats stats() {
    throw new UnsupportedOperationException();
  }

  public List<Source> sources() {
    throw new UnsupportedOperationException();
  }

  /** Sync history, newest first. */
  public List<SyncRun> syncRuns() {
    throw new UnsupportedOperationException();
  }

  public Page<Identity> identities(IdentityFilter filter, int limit) {
    throw new UnsupportedOperationException();
  }

  public Page<Credential> credentials(CredentialFilter filter, int limit) {
    throw new UnsupportedOperationException();
  }

  public Page<Grant> grants(GrantFilter filter, int limit) {
    throw new UnsupportedOperationException();
  }

  public Page<Delegation> delegations(DelegationFilter filter, int limit) {
    throw new UnsupportedOperationException();
  }

  public Page<Alert> alerts(AlertFilter filter, int limit) {
    throw new UnsupportedOperationException();
  }

  public Optional<IdentityDetail> identityDetail(String identityId) {
    throw new UnsupportedOperationException();
  }

  /** How many items each overview problem has; equal to the total of its filter's page. */
  public Map<Problem, Long> problemCounts() {
    throw new UnsupportedOperationException();
  }
}
