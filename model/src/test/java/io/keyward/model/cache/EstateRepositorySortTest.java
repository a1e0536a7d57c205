package io.keyward.model.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inventory queries in the order asked for, on the small estate; ties by ascending id or load
 * order.
 */
class EstateRepositorySortTest {
  @TempDir Path dir;
  private Cache cache;
  private EstateRepository repo;

  @BeforeEach
  void open() {
    cache = Cache.open(dir.resolve("cache.db"), SmallEstate.CLOCK);
    SmallEstate.load(cache);
    repo = cache.repository();
  }

  @AfterEach
  void close() {
    cache.close();
  }

  private List<String> identities(Sort<IdentitySort> sort) {
    return ids(repo.identities(IdentityFilter.ALL, sort, 100), Identity::id);
  }

  @Test
  void sortsIdentitiesByEveryKeyBothWays() {
    assertThat(identities(Sort.ascending(IdentitySort.NAME)))
        .containsExactly("agent-a", "agent-b", "alice", "bob", "role-x");
    assertThat(identities(Sort.descending(IdentitySort.NAME)))
        .containsExactly("role-x", "bob", "alice", "agent-b", "agent-a");
    assertThat(identities(Sort.descending(IdentitySort.EXTERNAL_ID)))
        .containsExactly("role-x", "bob", "alice", "agent-b", "agent-a");
    // Equal kinds keep ascending ids even when the kinds run descending.
    assertThat(identities(Sort.ascending(IdentitySort.KIND)))
        .containsExactly("agent-a", "agent-b", "alice", "bob", "role-x");
    assertThat(identities(Sort.descending(IdentitySort.KIND)))
        .containsExactly("role-x", "alice", "bob", "agent-a", "agent-b");
    assertThat(identities(Sort.descending(IdentitySort.SOURCE)))
        .containsExactly("agent-a", "agent-b", "alice", "bob", "role-x");
    assertThat(identities(Sort.ascending(IdentitySort.STATUS)))
        .containsExactly("bob", "agent-a", "agent-b", "alice", "role-x");
    assertThat(identities(Sort.descending(IdentitySort.STATUS)))
        .containsExactly("agent-a", "agent-b", "alice", "role-x", "bob");
    assertThat(identities(Sort.ascending(IdentitySort.CREATED)))
        .containsExactly("alice", "role-x", "agent-a", "bob", "agent-b");
    assertThat(identities(Sort.descending(IdentitySort.CREATED)))
        .containsExactly("agent-b", "bob", "agent-a", "role-x", "alice");
  }

  @Test
  void sortsIdentitiesByTheirOwnersName() {
    // Only agent-a has an owner; identities without one come first ascending, last descending.
    assertThat(identities(Sort.ascending(IdentitySort.OWNER)))
        .containsExactly("agent-b", "alice", "bob", "role-x", "agent-a");
    assertThat(identities(Sort.descending(IdentitySort.OWNER)))
        .containsExactly("agent-a", "agent-b", "alice", "bob", "role-x");
  }

  @Test
  void aTruncatedPageHoldsTheTrueTopRowsOfTheSort() {
    Page<Identity> newest =
        repo.identities(IdentityFilter.ALL, Sort.descending(IdentitySort.CREATED), 2);

    assertThat(ids(newest, Identity::id)).containsExactly("agent-b", "bob");
    assertThat(newest.total()).isEqualTo(5);
    assertThat(newest.truncated()).isTrue();
  }

  @Test
  void theDefaultsAreTheFormerOrders() {
    assertThat(ids(repo.identities(IdentityFilter.ALL, 100), Identity::id))
        .containsExactly("agent-a", "agent-b", "alice", "bob", "role-x");
    assertThat(ids(repo.credentials(CredentialFilter.ALL, 100), Credential::id))
        .containsExactly("old-key", "short-key");
    assertThat(ids(repo.grants(GrantFilter.ALL, 100), Grant::id)).containsExactly("g1", "g2", "g3");
    assertThat(ids(repo.delegations(DelegationFilter.ALL, 100), Delegation::id))
        .containsExactly("d1", "d2");
    assertThat(ids(repo.alerts(AlertFilter.ALL, 100), Alert::id))
        .containsExactly("al-1", "al-2", "al-3");
  }

  @Test
  void sortsCredentialsWithNeverExpiringKeysAfterEveryExpiry() {
    assertThat(credentials(Sort.descending(CredentialSort.CREATED)))
        .containsExactly("short-key", "old-key");
    assertThat(credentials(Sort.ascending(CredentialSort.EXPIRES)))
        .containsExactly("short-key", "old-key");
    assertThat(credentials(Sort.descending(CredentialSort.EXPIRES)))
        .containsExactly("old-key", "short-key");
    assertThat(credentials(Sort.descending(CredentialSort.KEY_ID)))
        .containsExactly("short-key", "old-key");
    // Both held by agent-a: the tie falls back to the id.
    assertThat(credentials(Sort.descending(CredentialSort.HOLDER)))
        .containsExactly("old-key", "short-key");
  }

  @Test
  void sortsGrantsByPrivilegeRankAndNeverUsedAsLeastRecentlyUsed() {
    assertThat(grants(Sort.ascending(GrantSort.PRIVILEGE))).containsExactly("g1", "g3", "g2");
    assertThat(grants(Sort.descending(GrantSort.PRIVILEGE))).containsExactly("g2", "g3", "g1");
    assertThat(grants(Sort.ascending(GrantSort.LAST_USED))).containsExactly("g2", "g3", "g1");
    assertThat(grants(Sort.descending(GrantSort.LAST_USED))).containsExactly("g1", "g3", "g2");
    assertThat(grants(Sort.descending(GrantSort.PRINCIPAL))).containsExactly("g3", "g2", "g1");
    assertThat(grants(Sort.ascending(GrantSort.PERMISSION))).containsExactly("g2", "g1", "g3");
    // Two grants on "lake": ties stay in load order.
    assertThat(grants(Sort.ascending(GrantSort.RESOURCE))).containsExactly("g2", "g1", "g3");
    assertThat(grants(Sort.descending(GrantSort.RESOURCE))).containsExactly("g1", "g3", "g2");
  }

  @Test
  void sortsDelegationsByTheNamesOfTheirEnds() {
    assertThat(delegations(Sort.ascending(DelegationSort.FROM))).containsExactly("d2", "d1");
    assertThat(delegations(Sort.descending(DelegationSort.TO))).containsExactly("d2", "d1");
    assertThat(delegations(Sort.descending(DelegationSort.LOAD_ORDER))).containsExactly("d2", "d1");
  }

  @Test
  void sortsAlertsBySeverityRankAndUnmatchedFirst() {
    assertThat(alerts(Sort.descending(AlertSort.SEVERITY))).containsExactly("al-2", "al-1", "al-3");
    assertThat(alerts(Sort.ascending(AlertSort.SEVERITY))).containsExactly("al-3", "al-1", "al-2");
    // al-2 names only agent-a's key: it sorts under its holder, after the unmatched al-3.
    assertThat(alerts(Sort.ascending(AlertSort.IDENTITY))).containsExactly("al-3", "al-1", "al-2");
  }

  @Test
  void everyKeyOfEveryInventoryQueriesBothWays() {
    for (IdentitySort key : IdentitySort.values()) {
      assertThat(identities(Sort.descending(key))).as(key.name()).hasSize(5);
    }
    for (CredentialSort key : CredentialSort.values()) {
      assertThat(credentials(Sort.descending(key))).as(key.name()).hasSize(2);
    }
    for (GrantSort key : GrantSort.values()) {
      assertThat(grants(Sort.descending(key))).as(key.name()).hasSize(3);
    }
    for (DelegationSort key : DelegationSort.values()) {
      assertThat(delegations(Sort.descending(key))).as(key.name()).hasSize(2);
    }
    for (AlertSort key : AlertSort.values()) {
      assertThat(alerts(Sort.descending(key))).as(key.name()).hasSize(3);
    }
  }

  private List<String> credentials(Sort<CredentialSort> sort) {
    return ids(repo.credentials(CredentialFilter.ALL, sort, 100), Credential::id);
  }

  private List<String> grants(Sort<GrantSort> sort) {
    return ids(repo.grants(GrantFilter.ALL, sort, 100), Grant::id);
  }

  private List<String> delegations(Sort<DelegationSort> sort) {
    return ids(repo.delegations(DelegationFilter.ALL, sort, 100), Delegation::id);
  }

  private List<String> alerts(Sort<AlertSort> sort) {
    return ids(repo.alerts(AlertFilter.ALL, sort, 100), Alert::id);
  }

  private static <T> List<String> ids(Page<T> page, Function<T, String> id) {
    return page.items().stream().map(id).toList();
  }
}
