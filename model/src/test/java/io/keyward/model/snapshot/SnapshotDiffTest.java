package io.keyward.model.snapshot;

import static io.keyward.model.snapshot.PlantedEstate.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.cache.Cache;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two demo snapshots, the second after planted changes: the diff reports exactly those. */
class SnapshotDiffTest {
  @TempDir Path dir;

  @Test
  void reportsExactlyThePlantedChanges() {
    ExportOptions plain = new ExportOptions(false, Optional.empty(), "test");
    try (Cache live = PlantedEstate.demo(dir.resolve("live.db"))) {
      SnapshotExport.write(live, dir.resolve("a.kwsnap"), plain);
      PlantedEstate.secondSync(live);
      SnapshotExport.write(live, dir.resolve("b.kwsnap"), plain);
    }
    try (OpenedSnapshot a = SnapshotReader.open(dir.resolve("a.kwsnap"));
        OpenedSnapshot b = SnapshotReader.open(dir.resolve("b.kwsnap"))) {
      SnapshotDiff diff = SnapshotDiff.between(a.cache(), b.cache());

      assertThat(diff.identities().added()).containsExactly(id("d"));
      assertThat(diff.identities().removed()).containsExactly(id("b"));
      assertThat(diff.identities().changed())
          .containsExactly(new ItemChange(id("c"), List.of("status")));
      assertThat(diff.credentials().added()).isEmpty();
      assertThat(diff.credentials().removed()).containsExactly(id("k2"));
      assertThat(diff.credentials().changed())
          .containsExactly(new ItemChange(id("k1"), List.of("status")));
      assertThat(diff.grants().added()).containsExactly(id("g2"));
      assertThat(diff.grants().removed()).isEmpty();
      assertThat(diff.grants().changed())
          .containsExactly(new ItemChange(id("g1"), List.of("permission")));
      assertThat(diff.delegations().added()).containsExactly(id("d2"));
      assertThat(diff.delegations().removed()).containsExactly(id("d1"));
      assertThat(diff.delegations().changed()).isEmpty();
      assertThat(diff.levelBefore()).isEqualTo(a.manifest().maturityLevel());
      assertThat(diff.levelAfter()).isEqualTo(b.manifest().maturityLevel());
    }
  }

  @Test
  void aSnapshotComparedWithItsOwnCacheShowsNoChange() {
    try (Cache live = PlantedEstate.demo(dir.resolve("live.db"))) {
      SnapshotExport.write(
          live, dir.resolve("a.kwsnap"), new ExportOptions(false, Optional.empty(), "test"));
      try (OpenedSnapshot a = SnapshotReader.open(dir.resolve("a.kwsnap"))) {
        assertThat(SnapshotDiff.between(a.cache(), live).isEmpty()).isTrue();
      }
    }
  }
}
