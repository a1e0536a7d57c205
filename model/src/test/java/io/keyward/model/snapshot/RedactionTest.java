package io.keyward.model.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.EstateSink;
import io.keyward.model.cache.SelectiveSink;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.Revocation;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A redacted demo snapshot names nobody, yet its relations and counts survive. */
class RedactionTest {
  @TempDir Path dir;

  @Test
  void aRedactedDemoSnapshotHoldsNoOriginalNameOrEmail() throws IOException {
    Set<String> personal = new HashSet<>();
    String aliceId;
    try (Cache live = PlantedEstate.demo(dir.resolve("live.db"))) {
      live.revocationLog()
          .append(
              new Revocation(
                  "rev-1",
                  Instant.parse("2026-11-23T00:30:00Z"),
                  "analyst.jane",
                  RevocationAction.DISABLE_IDENTITY,
                  "entra:demo-corp:user/alice.nguyen",
                  "entra:demo-corp",
                  RevocationOutcome.DRY_RUN,
                  "would disable Alice Nguyen (alice.nguyen@demo-corp.example)",
                  "",
                  "",
                  null,
                  null));
      live.repository().readEstate(names(personal));
      aliceId = "entra:demo-corp:user/alice.nguyen";
      SnapshotExport.write(
          live, dir.resolve("redacted.kwsnap"), new ExportOptions(true, Optional.empty(), "test"));
    }
    assertThat(personal).contains("Alice Nguyen", "alice.nguyen@demo-corp.example", aliceId);

    byte[] db = Zips.read(dir.resolve("redacted.kwsnap")).get("cache.db");
    String everything = new String(db, StandardCharsets.ISO_8859_1);
    List<String> found = new ArrayList<>();
    for (String value : personal) {
      if (everything.contains(
          new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
        found.add(value);
      }
    }
    assertThat(found).as("original names, emails and ids left in the redacted cache").isEmpty();
    assertThat(everything).doesNotContain("analyst.jane");
  }

  @Test
  void relationsCountsAndTheAuditChainSurviveRedaction() {
    try (Cache live = PlantedEstate.demo(dir.resolve("live.db"))) {
      live.revocationLog()
          .append(
              new Revocation(
                  "rev-1",
                  Instant.parse("2026-11-23T00:30:00Z"),
                  "analyst.jane",
                  RevocationAction.DISABLE_IDENTITY,
                  PlantedEstate.id("a"),
                  PlantedEstate.PLANTED.id(),
                  RevocationOutcome.DONE,
                  "would disable planted-agent-a",
                  "",
                  "",
                  null,
                  "{\"saved\": \"planted-agent-a\"}"));
      SnapshotExport.write(
          live, dir.resolve("redacted.kwsnap"), new ExportOptions(true, Optional.empty(), "test"));
      try (OpenedSnapshot opened = SnapshotReader.open(dir.resolve("redacted.kwsnap"))) {
        Cache copy = opened.cache();
        assertThat(opened.manifest().redacted()).isTrue();
        assertThat(copy.repository().stats()).isEqualTo(live.repository().stats());
        assertThat(copy.revocationLog().verify().intact()).isTrue();
        // What an undo would put back in the live estate stays out of the review copy.
        assertThat(copy.repository().revocations().get(0).saved()).isNull();
        String target = copy.repository().revocations().get(0).targetId();
        assertThat(target).startsWith("r-");
        Identity agent = copy.repository().identity(target).orElseThrow();
        assertThat(agent.name()).startsWith("r-").isNotEqualTo(agent.email());
        assertThat(copy.repository().credentialsOf(target))
            .singleElement()
            .satisfies(key -> assertThat(key.displayName()).startsWith("r-"));
      }
    }
  }

  private static EstateSink names(Set<String> into) {
    return new SelectiveSink() {
      @Override
      public void add(Identity identity) {
        into.add(identity.name());
        into.add(identity.id());
        if (identity.email() != null) {
          into.add(identity.email());
        }
        into.add(identity.externalId());
      }
    };
  }
}
