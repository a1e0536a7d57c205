package io.keyward.model.cache;

import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.Revocation;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SyncRun;
import java.sql.Connection;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the cache: every query the console and CLI run, on a read-only connection of its own. Safe
 * to call from any thread: calls are serialized, because they share that one connection.
 *
 * <p>This class is the public face and the lock; the queries live in package-private parts by
 * concern ({@link EstateReads}, {@link InventoryPages}, {@link IdentityReads}, {@link KeyLookups},
 * {@link KeywardRecords}), all running their statements through one {@link SqlReads}.
 */
public final class EstateRepository implements AutoCloseable {
  private final SqlReads reads;
  private final EstateReads estate;
  private final InventoryPages inventory;
  private final IdentityReads identity;
  private final KeyLookups lookups;
  private final KeywardRecords records;
  private final LineageQueries lineage;

  EstateRepository(Connection connection, Clock clock) {
    this.reads = new SqlReads(connection);
    this.estate = new EstateReads(reads);
    this.inventory = new InventoryPages(reads, clock);
    this.identity = new IdentityReads(reads, estate);
    this.lookups = new KeyLookups(reads);
    this.records = new KeywardRecords(reads);
    this.lineage = new LineageQueries(reads, this);
  }

  /** The reads behind lineage analysis, on this repository's connection. */
  public LineageQueries lineage() {
    return lineage;
  }

  public synchronized EstateStats stats() {
    return estate.stats();
  }

  public synchronized List<Source> sources() {
    return estate.sources();
  }

  /** Sync history, newest first. */
  public synchronized List<SyncRun> syncRuns() {
    return estate.syncRuns();
  }

  public synchronized Page<Identity> identities(IdentityFilter filter, int limit) {
    return identities(filter, IdentitySort.DEFAULT, limit);
  }

  public synchronized Page<Identity> identities(
      IdentityFilter filter, Sort<IdentitySort> sort, int limit) {
    return inventory.identities(filter, sort, limit);
  }

  public synchronized Page<Credential> credentials(CredentialFilter filter, int limit) {
    return credentials(filter, CredentialSort.DEFAULT, limit);
  }

  public synchronized Page<Credential> credentials(
      CredentialFilter filter, Sort<CredentialSort> sort, int limit) {
    return inventory.credentials(filter, sort, limit);
  }

  /** Grants in load order: sorting a million rows by name would cost more than it tells. */
  public synchronized Page<Grant> grants(GrantFilter filter, int limit) {
    return grants(filter, GrantSort.DEFAULT, limit);
  }

  /** Grants sorted as asked; equal keys stay in load order. */
  public synchronized Page<Grant> grants(GrantFilter filter, Sort<GrantSort> sort, int limit) {
    return inventory.grants(filter, sort, limit);
  }

  public synchronized Page<Delegation> delegations(DelegationFilter filter, int limit) {
    return delegations(filter, DelegationSort.DEFAULT, limit);
  }

  /** Delegations sorted as asked; equal keys stay in load order. */
  public synchronized Page<Delegation> delegations(
      DelegationFilter filter, Sort<DelegationSort> sort, int limit) {
    return inventory.delegations(filter, sort, limit);
  }

  /** Alerts, newest first. */
  public synchronized Page<Alert> alerts(AlertFilter filter, int limit) {
    return alerts(filter, AlertSort.DEFAULT, limit);
  }

  /**
   * Alerts sorted as asked. The page names the identity of each alert and, for an alert matched to
   * a credential alone, names that credential's id after its holder.
   */
  public synchronized Page<Alert> alerts(AlertFilter filter, Sort<AlertSort> sort, int limit) {
    return inventory.alerts(filter, sort, limit);
  }

  /** The distinct alert types in the cache, sorted, for a filter to offer. */
  public synchronized List<String> alertTypes() {
    return inventory.alertTypes();
  }

  public synchronized Optional<Alert> alert(String id) {
    return inventory.alert(id);
  }

  public synchronized Optional<Identity> identity(String id) {
    return identity.identity(id);
  }

  public synchronized Optional<Credential> credential(String id) {
    return inventory.credential(id);
  }

  /**
   * Identities whose own id in their source is {@code externalId}: an ARN, an Entra object id, a
   * Keycloak id, a GCP unique id.
   */
  public synchronized List<Identity> identitiesByExternalId(String externalId) {
    return lookups.identitiesByExternalId(externalId);
  }

  /** Identities with this email address, compared without regard to case. */
  public synchronized List<Identity> identitiesByEmail(String email) {
    return lookups.identitiesByEmail(email);
  }

  /** Identities named exactly {@code name} (a user name, a role name, a client id). */
  public synchronized List<Identity> identitiesByName(String name) {
    return lookups.identitiesByName(name);
  }

  /** Credentials whose key id, key name or session id is {@code externalId}. */
  public synchronized List<Credential> credentialsByExternalId(String externalId) {
    return lookups.credentialsByExternalId(externalId);
  }

  /** Every credential {@code identityId} holds, oldest first. */
  /**
   * The grants {@code identityId} holds that appeared after their source's first completed sync,
   * each with the two syncs it was added between (see {@link GrantAddition}).
   */
  public synchronized List<GrantAddition> grantAdditions(String identityId) {
    return identity.grantAdditions(identityId);
  }

  public synchronized List<Credential> credentialsOf(String identityId) {
    return identity.credentialsOf(identityId);
  }

  /** Alerts about {@code identityId} or any of {@code credentialIds}, oldest first. */
  public synchronized List<Alert> alertsAbout(
      @Nullable String identityId, Collection<String> credentialIds) {
    return identity.alertsAbout(identityId, credentialIds);
  }

  /**
   * Access events of {@code identityId} or made with any of {@code credentialIds}, oldest first.
   */
  public synchronized List<AccessEvent> accessEventsAbout(
      @Nullable String identityId, Collection<String> credentialIds) {
    return identity.accessEventsAbout(identityId, credentialIds);
  }

  /** The revocation audit entries aimed at any of {@code targetIds}, oldest first. */
  public synchronized List<Revocation> revocationsOf(Collection<String> targetIds) {
    return records.revocationsOf(targetIds);
  }

  public synchronized Optional<IdentityDetail> identityDetail(String identityId) {
    return identity.identityDetail(identityId);
  }

  /**
   * What the use of {@code identityId}'s grants is judged from (see {@link UsageSlice}): a few
   * indexed reads plus two aggregates, so the console can show it at any estate size.
   */
  public synchronized Optional<UsageSlice> usageSlice(String identityId) {
    return identity.usageSlice(identityId);
  }

  /**
   * Streams what graph analysis and risk ranking need into {@code sink}: resources, identities,
   * credentials, grants, delegations (group memberships among them), lineage records and alerts, in
   * that order, one row at a time, so the caller decides what to keep (the graph keeps open alerts
   * only). Access events are not streamed. Holds the repository for the whole read, so it sees one
   * consistent state.
   */
  public synchronized void streamForAnalysis(EstateSink sink) {
    estate.streamForAnalysis(sink);
  }

  /**
   * The identities an analyst's key names, by the first rule that matches: the cache id; the
   * source's own id (ARN, object id, client id) or the email; the id or key id of a credential they
   * hold; the display name, ignoring case. Several results mean the key is ambiguous.
   */
  public synchronized List<Identity> findIdentities(String key) {
    return lookups.findIdentities(key);
  }

  /** Display names of the given identity ids; ids not in the cache are left out. */
  public synchronized Map<String, String> identityNames(Set<String> ids) {
    return lookups.identityNames(ids);
  }

  /** How many items each overview problem has; equal to the total of its filter's page. */
  public synchronized Map<Problem, Long> problemCounts() {
    return inventory.problemCounts();
  }

  /**
   * Streams every synced item into {@code sink}, table by table, identities first, access events
   * and closed alerts included: for analyses that judge the estate as a whole, such as the
   * scorecard.
   */
  public synchronized void readEstate(EstateSink sink) {
    estate.readEstate(sink);
  }

  /** The whole revocation audit, oldest first. */
  public synchronized List<Revocation> revocations() {
    return records.revocations();
  }

  /** The newest completed sync run, i.e. the estate state the cache shows; 0 before any. */
  public synchronized long latestCompletedRun() {
    return estate.latestCompletedRun();
  }

  /** The scores kept for {@code scope}, oldest first. */
  public synchronized List<ScoreEntry> scoreHistory(String scope) {
    return records.scoreHistory(scope);
  }

  /** Every stored agent policy, by agent id. */
  public synchronized List<StoredPolicy> policies() {
    return records.policies();
  }

  /** A setting the console keeps in the cache (e.g. the scorecard thresholds), if set. */
  public synchronized Optional<String> setting(String key) {
    return records.setting(key);
  }

  @Override
  public synchronized void close() {
    reads.close();
  }
}
