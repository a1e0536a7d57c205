package io.keyward.model.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every inventory narrows to exactly a set of ids: how the scorecard opens its evidence. */
class IdFilterTest {
  @TempDir Path dir;
  Cache cache;
  EstateRepository repository;

  @BeforeEach
  void load() {
    cache = Cache.open(dir.resolve("c.db"), SmallEstate.CLOCK);
    SmallEstate.load(cache);
    repository = cache.repository();
  }

  @AfterEach
  void close() {
    cache.close();
  }

  @Test
  void eachInventoryListsExactlyTheGivenIdsAndIgnoresUnknownOnes() {
    assertThat(
            repository
                .identities(IdentityFilter.ALL.withIds(Set.of("bob", "agent-b", "nobody")), 100)
                .items())
        .extracting(Identity::id)
        .containsExactlyInAnyOrder("bob", "agent-b");
    assertThat(repository.credentials(CredentialFilter.ALL.withIds(Set.of("old-key")), 100).items())
        .extracting(Credential::id)
        .containsExactly("old-key");
    assertThat(repository.grants(GrantFilter.ALL.withIds(Set.of("g1", "g3")), 100).items())
        .extracting(Grant::id)
        .containsExactly("g1", "g3");
    assertThat(repository.delegations(DelegationFilter.ALL.withIds(Set.of("d2")), 100).items())
        .extracting(Delegation::id)
        .containsExactly("d2");
    assertThat(repository.alerts(AlertFilter.ALL.withIds(Set.of("al-3", "al-1")), 100).items())
        .extracting(Alert::id)
        .containsExactlyInAnyOrder("al-1", "al-3");
  }

  @Test
  void idsCombineWithTheOtherFiltersAndAnEmptySetMeansAny() {
    IdentityFilter agentsAmong =
        IdentityFilter.ALL
            .withIds(Set.of("alice", "agent-a"))
            .withKinds(Set.of(IdentityKind.AGENT));
    assertThat(repository.identities(agentsAmong, 100).items())
        .extracting(Identity::id)
        .containsExactly("agent-a");
    assertThat(repository.identities(IdentityFilter.ALL.withIds(Set.of()), 100).total())
        .isEqualTo(5);
    assertThat(
            repository.grants(GrantFilter.ALL.withIds(Set.of("g2")).withText("lake"), 100).items())
        .isEmpty();
  }

  @Test
  void aHundredThousandIdsFitInOneQuery() {
    Set<String> ids = new HashSet<>();
    IntStream.range(0, 100_000).forEach(i -> ids.add("missing-" + i));
    ids.add("g2");
    Page<Grant> page = repository.grants(GrantFilter.ALL.withIds(ids), 100);
    assertThat(page.items()).extracting(Grant::id).containsExactly("g2");
    assertThat(page.total()).isEqualTo(1);
  }
}
