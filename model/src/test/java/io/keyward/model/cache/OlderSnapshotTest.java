package io.keyward.model.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.snapshot.OpenedSnapshot;
import io.keyward.model.snapshot.SnapshotManifest;
import io.keyward.model.snapshot.SnapshotReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot written by an older Keyward (an older cache schema) opens: the extracted copy is
 * migrated, the snapshot file itself is not. In this package to build a cache at an old version.
 */
class OlderSnapshotTest {
  @TempDir Path dir;

  @Test
  void anOlderSchemaIsMigratedOnTheExtractedCopyOnly() throws Exception {
    int old = Migrations.latestVersion() - 1;
    Path db = dir.resolve("old.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      Migrations.migrate(c, old);
    }
    byte[] content = Files.readAllBytes(db);
    SnapshotManifest manifest =
        new SnapshotManifest(
            SnapshotManifest.FORMAT_VERSION,
            "older",
            SmallEstate.NOW,
            old,
            false,
            List.of(),
            new EstateStats(0, Map.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of()),
            1,
            0,
            RevocationLog.GENESIS,
            Map.of(
                "cache.db",
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content))),
            Map.of("cache.db", (long) content.length),
            Optional.empty());
    Path snapshot = dir.resolve("old.kwsnap");
    try (OutputStream out = Files.newOutputStream(snapshot);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("manifest.json"));
      zip.write(manifest.toJson());
      zip.putNextEntry(new ZipEntry("cache.db"));
      zip.write(content);
    }
    byte[] before = Files.readAllBytes(snapshot);

    try (OpenedSnapshot opened = SnapshotReader.open(snapshot)) {
      assertThat(opened.cache().readOnly()).isTrue();
      assertThat(opened.cache().repository().stats().identities()).isZero();
      assertThat(opened.cache().repository().scoreHistory("all")).isEmpty();
    }
    assertThat(Files.readAllBytes(snapshot)).isEqualTo(before);
    assertThat(SnapshotReader.verify(snapshot).manifest().cacheSchema()).isEqualTo(old);
  }
}
