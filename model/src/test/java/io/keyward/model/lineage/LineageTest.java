package io.keyward.model.lineage;

import static io.keyward.model.lineage.LineageEstate.MODEL;
import static io.keyward.model.lineage.LineageEstate.NOW;
import static io.keyward.model.lineage.LineageEstate.V1;
import static io.keyward.model.lineage.LineageEstate.V10;
import static io.keyward.model.lineage.LineageEstate.V2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.model.cache.Cache;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Resource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineageTest {
  @TempDir Path dir;
  private Cache cache;
  private Lineage lineage;

  @BeforeEach
  void open() {
    cache = Cache.open(dir.resolve("cache.db"));
    LineageEstate.load(cache);
    lineage = Lineage.read(cache.repository().lineage(), NOW);
  }

  @AfterEach
  void close() {
    cache.close();
  }

  @Test
  void whoCouldAlterFollowsRunsWriteGrantsAndDelegationChains() {
    AlterationReport report = lineage.whoCouldAlter(V2);

    assertThat(report.identityIds())
        .containsExactlyInAnyOrder(
            "trainer", "eval-agent", "alice", "data-writers", "bob", "frank", "erin", "ops-admin");
    assertThat(report.identityIds()).doesNotContain("carol", "dave", "mallory");
  }

  @Test
  void eachAltererSaysHowAndThroughWhichChain() {
    Map<String, List<Alterer>> byIdentity =
        lineage.whoCouldAlter(V2).alterers().stream()
            .collect(Collectors.groupingBy(Alterer::identityId));

    Alterer alice = byIdentity.get("alice").get(0);
    assertThat(alice.basis()).isEqualTo(AccessBasis.RAN_PRODUCING_RUN);
    assertThat(alice.holderId()).isEqualTo("trainer");
    assertThat(alice.chain()).extracting(Delegation::id).containsExactly("d1", "d2");
    assertThat(alice.name()).isEqualTo("alice");

    Alterer bob = byIdentity.get("bob").get(0);
    assertThat(bob.basis()).isEqualTo(AccessBasis.WRITES_INPUT);
    assertThat(bob.holderId()).isEqualTo("data-writers");
    assertThat(bob.detail()).isEqualTo("s3:PutObject on arn:aws:s3:::lake/* (lake/transactions)");
    assertThat(bob.chain()).extracting(Delegation::id).containsExactly("d4");

    assertThat(byIdentity.get("trainer"))
        .singleElement()
        .satisfies(a -> assertThat(a.direct()).isTrue());
    assertThat(byIdentity.get("frank"))
        .extracting(Alterer::basis)
        .containsExactly(AccessBasis.WRITES_MODEL);
    assertThat(byIdentity.get("erin"))
        .extracting(Alterer::basis)
        .containsExactly(AccessBasis.WRITES_REGISTRY);
    // "*" in the identity provider reaches the dataset it holds, not the registry's model.
    assertThat(byIdentity.get("ops-admin"))
        .extracting(Alterer::basis)
        .containsExactly(AccessBasis.WRITES_INPUT);
  }

  @Test
  void directAlterersComeFirst() {
    List<Alterer> alterers = lineage.whoCouldAlter(V2).alterers();
    assertThat(alterers.get(0).direct()).isTrue();
    assertThat(alterers.get(alterers.size() - 1).chain()).hasSize(2);
  }

  @Test
  void unmatchedRunUsersStayAsTheirRawReference() {
    AlterationReport report = lineage.whoCouldAlter(V1);
    // The email resolves ignoring case; ghost-user is in no source.
    assertThat(report.identityIds()).contains("alice", "ghost-user");
    assertThat(report.nameOf("ghost-user")).isEqualTo("ghost-user");
  }

  @Test
  void aVersionWithAnAnonymousRunHasOnlyItsWriters() {
    AlterationReport report = lineage.whoCouldAlter(V10);
    assertThat(report.provenance().runs()).hasSize(1);
    assertThat(report.identityIds()).containsExactlyInAnyOrder("frank", "erin");
  }

  @Test
  void provenanceListsTheProducingRunsWithIdentityAndInputs() {
    Provenance provenance = lineage.provenance(V2);
    assertThat(provenance.version().name()).isEqualTo("fraud-scorer v2");
    assertThat(provenance.runs())
        .singleElement()
        .satisfies(
            run -> {
              assertThat(run.actor().name()).isEqualTo("trainer");
              assertThat(run.actor().matched()).isTrue();
              assertThat(run.inputs())
                  .extracting(ResourceRef::name)
                  .containsExactly("lake/transactions");
            });
    assertThatThrownBy(() -> lineage.provenance("nope")).hasMessageContaining("nope");
  }

  @Test
  void activityListsRunsDatasetsAndModelsNewestFirst() {
    IdentityActivity alice = lineage.activity("alice").orElseThrow();
    assertThat(alice.runs()).extracting(r -> r.record().runId()).containsExactly("r-old");
    assertThat(alice.read()).extracting(ResourceRef::name).containsExactly("transactions");
    assertThat(alice.written()).extracting(ResourceRef::name).containsExactly("fraud-scorer v1");

    IdentityActivity trainer = lineage.activity("trainer").orElseThrow();
    assertThat(trainer.written()).extracting(ResourceRef::id).containsExactly(V2);

    assertThat(lineage.activity("ghost-user"))
        .get()
        .satisfies(a -> assertThat(a.actor().matched()).isFalse());
    assertThat(lineage.activity("carol")).isEmpty();
  }

  @Test
  void aNameTwoIdentitiesShareIsNotGuessed() {
    assertThat(lineage.actors())
        .filteredOn(a -> a.reference().equals("twin"))
        .singleElement()
        .satisfies(a -> assertThat(a.matched()).isFalse());
  }

  @Test
  void modelsListsVersionsInNaturalOrderAndNotTheirModel() {
    assertThat(lineage.models())
        .extracting(Resource::name)
        .containsExactly("fraud-scorer v1", "fraud-scorer v2", "fraud-scorer v10");
    assertThat(lineage.models()).extracting(Resource::id).doesNotContain(MODEL);
  }

  @Test
  void runsAreNewestFirst() {
    assertThat(lineage.runs())
        .extracting(r -> r.record().runId())
        .containsExactly("r-eval", "r-train", "r-anon", "r-twin", "r-ghost", "r-old");
  }
}
