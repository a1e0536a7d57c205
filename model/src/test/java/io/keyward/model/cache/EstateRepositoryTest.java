package io.keyward.model.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Severity;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstateRepositoryTest {
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

  @Test
  void countsEverything() {
    EstateStats stats = repo.stats();
    assertThat(stats.identities()).isEqualTo(5);
    assertThat(stats.identitiesByKind())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(IdentityKind.HUMAN, 2L, IdentityKind.AGENT, 2L, IdentityKind.ROLE, 1L));
    assertThat(stats.credentials()).isEqualTo(2);
    assertThat(stats.grants()).isEqualTo(3);
    assertThat(stats.delegations()).isEqualTo(2);
    assertThat(stats.alerts()).isEqualTo(3);
    assertThat(stats.sources()).isEqualTo(2);
    assertThat(stats.syncRuns()).isEqualTo(2);
    assertThat(stats.identitiesBySource()).containsExactly(Map.entry("aws", 5L));
  }

  @Test
  void filtersIdentities() {
    assertThat(names(repo.identities(IdentityFilter.ALL, 100)))
        .containsExactly("agent-a", "agent-b", "alice", "bob", "role-x");
    assertThat(names(repo.identities(IdentityFilter.ALL.withText("AGENT-"), 100)))
        .containsExactly("agent-a", "agent-b");
    assertThat(names(repo.identities(IdentityFilter.ALL.withText("ext-bo"), 100)))
        .containsExactly("bob");
    assertThat(names(repo.identities(Problem.agentsWithoutOwner(), 100)))
        .containsExactly("agent-b");
    assertThat(names(repo.identities(IdentityFilter.ALL.withOwner(OwnerFilter.HAS_OWNER), 100)))
        .containsExactly("agent-a");
    assertThat(names(repo.identities(IdentityFilter.ALL.withStatus(IdentityStatus.DISABLED), 9)))
        .containsExactly("bob");
    assertThat(names(repo.identities(IdentityFilter.ALL.withMinAgeDays(250), 100)))
        .containsExactly("alice", "role-x");
    assertThat(
            names(
                repo.identities(
                    IdentityFilter.ALL.withKinds(Set.of(IdentityKind.ROLE, IdentityKind.HUMAN)),
                    100)))
        .containsExactly("alice", "bob", "role-x");
  }

  @Test
  void searchTreatsLikeWildcardsLiterally() {
    assertThat(repo.identities(IdentityFilter.ALL.withText("%"), 100).total()).isZero();
    assertThat(repo.identities(IdentityFilter.ALL.withText("agent_"), 100).total()).isZero();
  }

  @Test
  void aTruncatedPageStillCountsEveryMatch() {
    Page<Identity> page = repo.identities(IdentityFilter.ALL, 2);
    assertThat(page.items()).hasSize(2);
    assertThat(page.total()).isEqualTo(5);
    assertThat(page.truncated()).isTrue();
  }

  @Test
  void pagesNameTheIdentitiesTheyReferTo() {
    Page<Credential> keys = repo.credentials(CredentialFilter.ALL, 10);
    assertThat(keys.items()).extracting(Credential::id).containsExactly("old-key", "short-key");
    assertThat(keys.nameOf("agent-a")).isEqualTo("agent-a");
    assertThat(repo.identities(IdentityFilter.ALL.withText("agent-a"), 5).nameOf("alice"))
        .isEqualTo("alice");
  }

  @Test
  void filtersCredentials() {
    assertThat(repo.credentials(Problem.staleKeys(), 10).items())
        .extracting(Credential::id)
        .containsExactly("old-key");
    assertThat(repo.credentials(CredentialFilter.ALL.withText("agent-a"), 10).total()).isEqualTo(2);
    assertThat(
            repo.credentials(CredentialFilter.ALL.withHolderKinds(Set.of(IdentityKind.HUMAN)), 10)
                .total())
        .isZero();
  }

  @Test
  void filtersGrants() {
    assertThat(ids(repo.grants(GrantFilter.ALL.withMinPrivilege(Privilege.WRITE), 10)))
        .containsExactly("g2", "g3");
    assertThat(ids(repo.grants(GrantFilter.ALL.withWildcardOnly(true), 10))).containsExactly("g2");
    assertThat(ids(repo.grants(GrantFilter.ALL.withUnusedForDays(90), 10)))
        .containsExactly("g2", "g3");
    assertThat(ids(repo.grants(Problem.adminAgents(), 10))).containsExactly("g2");
    assertThat(ids(repo.grants(GrantFilter.ALL.withText("role-"), 10))).containsExactly("g3");
  }

  @Test
  void filtersDelegationsAndAlerts() {
    assertThat(
            repo.delegations(DelegationFilter.ALL.withKind(DelegationKind.ASSUME_ROLE), 10).items())
        .singleElement()
        .satisfies(d -> assertThat(d.toId()).isEqualTo("role-x"));
    assertThat(repo.delegations(DelegationFilter.ALL.withText("alice"), 10).total()).isEqualTo(1);

    assertThat(repo.alerts(AlertFilter.ALL.withMatched(false), 10).items())
        .extracting(Alert::id)
        .containsExactly("al-3");
    assertThat(repo.alerts(AlertFilter.ALL.withMinSeverity(Severity.HIGH), 10).total())
        .isEqualTo(2);
  }

  @Test
  void problemCountsEqualTheListsBehindThem() {
    Map<Problem, Long> counts = repo.problemCounts();
    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                Problem.STALE_KEYS, 1L,
                Problem.AGENTS_WITHOUT_OWNER, 1L,
                Problem.ADMIN_AGENTS, 1L,
                Problem.UNUSED_GRANTS, 1L,
                Problem.OPEN_ALERTS, 2L));
    assertThat(ids(repo.grants(Problem.unusedGrants(), 100)))
        .as("agent-b's grant never used; role-x is no agent, service account, workload or app")
        .containsExactly("g2");
    assertThat(repo.credentials(Problem.staleKeys(), 100).total())
        .isEqualTo(counts.get(Problem.STALE_KEYS));
    assertThat(repo.alerts(Problem.openAlerts(), 100).total())
        .isEqualTo(counts.get(Problem.OPEN_ALERTS));
  }

  @Test
  void detailGathersEverythingAboutAnIdentity() {
    IdentityDetail detail = repo.identityDetail("agent-a").orElseThrow();
    assertThat(detail.owner()).extracting(Identity::id).isEqualTo("alice");
    assertThat(detail.source().id()).isEqualTo("aws");
    assertThat(detail.credentials())
        .extracting(Credential::id)
        .containsExactly("old-key", "short-key");
    assertThat(detail.grants()).extracting(Grant::id).containsExactly("g1");
    assertThat(detail.grantCount()).isEqualTo(1);
    assertThat(detail.inbound()).extracting(d -> d.fromId()).containsExactly("alice");
    assertThat(detail.outbound()).extracting(d -> d.toId()).containsExactly("role-x");
    assertThat(detail.alerts())
        .as("alerts on the identity and on its credentials")
        .extracting(Alert::id)
        .containsExactlyInAnyOrder("al-1", "al-2");
    assertThat(detail.nameOf("role-x")).isEqualTo("role-x");
    assertThat(repo.identityDetail("nobody")).isEmpty();
  }

  @Test
  void streamsWhatAnalysisNeedsInOrderWithoutAccessEvents() {
    java.util.List<String> seen = new java.util.ArrayList<>();
    repo.streamForAnalysis(
        new EstateSink() {
          @Override
          public void add(Identity item) {
            seen.add("identity " + item.id());
          }

          @Override
          public void add(Credential item) {
            seen.add("credential " + item.id());
          }

          @Override
          public void add(Grant item) {
            seen.add("grant " + item.id());
          }

          @Override
          public void add(io.keyward.model.domain.Delegation item) {
            seen.add("delegation " + item.id());
          }

          @Override
          public void add(io.keyward.model.domain.Resource item) {
            seen.add("resource " + item.id());
          }

          @Override
          public void add(io.keyward.model.domain.LineageRecord item) {
            seen.add("lineage " + item.id());
          }

          @Override
          public void add(io.keyward.model.domain.AccessEvent item) {
            seen.add("event " + item.id());
          }

          @Override
          public void add(Alert item) {
            seen.add("alert " + item.id());
          }
        });

    assertThat(seen.stream().map(s -> s.substring(0, s.indexOf(' '))).distinct())
        .containsExactly("identity", "credential", "grant", "delegation", "alert");
    assertThat(seen).hasSize(5 + 2 + 3 + 2 + 3);
    // Closed ones too: the graph builder is the one that keeps only open alerts.
    assertThat(seen).contains("alert al-1", "alert al-2", "alert al-3");
  }

  @Test
  void findsIdentitiesByIdExternalIdCredentialOrName() {
    assertThat(repo.findIdentities("agent-a")).extracting(Identity::id).containsExactly("agent-a");
    assertThat(repo.findIdentities("ext-role-x"))
        .extracting(Identity::id)
        .containsExactly("role-x");
    assertThat(repo.findIdentities("AKIAold-key"))
        .extracting(Identity::id)
        .containsExactly("agent-a");
    assertThat(repo.findIdentities("short-key"))
        .extracting(Identity::id)
        .containsExactly("agent-a");
    assertThat(repo.findIdentities("al-2")).extracting(Identity::id).containsExactly("agent-a");
    assertThat(repo.findIdentities("ALICE")).extracting(Identity::id).containsExactly("alice");
    assertThat(repo.findIdentities("nobody")).isEmpty();
    assertThat(repo.findIdentities("gent-a")).isEmpty();
    assertThat(repo.identityNames(Set.of("alice", "ghost"))).isEqualTo(Map.of("alice", "alice"));
  }

  private static java.util.List<String> names(Page<Identity> page) {
    return page.items().stream().map(Identity::name).toList();
  }

  private static java.util.List<String> ids(Page<Grant> page) {
    return page.items().stream().map(Grant::id).toList();
  }
}
