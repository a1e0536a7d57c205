package io.keyward.model.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.SyncSession;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrincipalKeysTest {
  @TempDir Path dir;

  @Test
  void resolvesUniqueKeysExternalPrincipalsAndListsCandidates() {
    try (Cache cache = Cache.open(dir.resolve("c.db"))) {
      try (SyncSession s = cache.beginSync(new Source("aws:1", SourceKind.AWS_IAM, "a", "1"))) {
        for (String id : List.of("aws:1:user/ci", "aws:1:role/ci", "aws:1:role/deploy")) {
          s.add(
              new Identity(
                  id,
                  "aws:1",
                  "arn-" + id,
                  IdentityKind.ROLE,
                  id.substring(id.indexOf('/') + 1),
                  null,
                  IdentityStatus.ENABLED,
                  null,
                  null,
                  "test",
                  Map.of()));
        }
        s.add(
            new Delegation(
                "d",
                "aws:1",
                "aws:service/ecs-tasks.amazonaws.com",
                "aws:1:role/deploy",
                DelegationKind.ASSUME_ROLE,
                List.of(),
                null,
                null));
        s.complete();
      }
      GraphIndex graph = GraphIndex.load(cache.repository(), Estate.NOW);
      PrincipalKeys keys = new PrincipalKeys(cache.repository(), graph);

      assertThat(keys.resolve(" deploy ").id()).isEqualTo("aws:1:role/deploy");
      assertThat(keys.resolve("arn-aws:1:user/ci").id()).isEqualTo("aws:1:user/ci");
      assertThat(keys.resolve("aws:service/ecs-tasks.amazonaws.com").external()).isTrue();
      assertThatThrownBy(() -> keys.resolve("ci"))
          .hasMessageStartingWith("'ci' is ambiguous; it names 2 identities")
          .hasMessageContaining("aws:1:role/ci (role, aws:1)", "aws:1:user/ci");
      assertThatThrownBy(() -> keys.resolve("nope")).hasMessageContaining("no identity");
      assertThatThrownBy(() -> keys.resolve(" ")).hasMessageContaining("give an identity");
    }
  }
}
