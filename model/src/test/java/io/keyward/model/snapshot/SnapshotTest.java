package io.keyward.model.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.model.cache.Cache;
import io.keyward.model.scorecard.Scope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export, verification, refusal and read-only opening, on real SQLite files of the demo estate. */
class SnapshotTest {
  private static final ExportOptions PLAIN = new ExportOptions(false, Optional.empty(), "test");

  @TempDir static Path shared;
  private static Cache live;
  private static Path snapshot;

  @TempDir Path dir;

  @BeforeAll
  static void exportDemo() {
    live = PlantedEstate.demo(shared.resolve("live.db"));
    snapshot = shared.resolve("demo.kwsnap");
    SnapshotExport.write(live, snapshot, PLAIN);
  }

  @AfterAll
  static void closeLive() {
    live.close();
  }

  @Test
  void anIntactSnapshotVerifiesAndDescribesTheCache() {
    VerifiedSnapshot verified = SnapshotReader.verify(snapshot);

    SnapshotManifest manifest = verified.manifest();
    assertThat(verified.signedBy()).isEmpty();
    assertThat(manifest.formatVersion()).isEqualTo(1);
    assertThat(manifest.redacted()).isFalse();
    assertThat(manifest.counts()).isEqualTo(live.repository().stats());
    assertThat(manifest.sources()).hasSize(live.repository().sources().size());
    assertThat(manifest.createdAt()).isEqualTo(PlantedEstate.CLOCK.instant());
    assertThat(manifest.entries()).containsOnlyKeys("cache.db");
    assertThat(manifest.maturityLevel()).isBetween(1, 4);
  }

  @Test
  void exportingKeepsTheScoreInTheHistory() {
    assertThat(live.repository().scoreHistory(Scope.All.INSTANCE.cliForm()))
        .anySatisfy(entry -> assertThat(entry.level()).isEqualTo(manifestLevel()));
  }

  @Test
  void anOpenedSnapshotIsReadOnlyAndSeesTheSameEstate() {
    try (OpenedSnapshot opened = SnapshotReader.open(snapshot)) {
      Cache cache = opened.cache();
      assertThat(cache.readOnly()).isTrue();
      assertThat(cache.file()).isNotEqualTo(live.file());
      assertThat(cache.repository().stats()).isEqualTo(live.repository().stats());
      assertThat(cache.clock().instant()).isEqualTo(opened.manifest().createdAt());
      assertThatThrownBy(() -> cache.putSetting("x", "y"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("read-only");
      assertThatThrownBy(() -> cache.removeSource(PlantedEstate.PLANTED.id()))
          .hasMessageContaining("read-only");
    }
  }

  @Test
  void closingAnOpenedSnapshotDeletesItsExtractedCopy() {
    Path copy;
    try (OpenedSnapshot opened = SnapshotReader.open(snapshot)) {
      copy = opened.cache().file();
      assertThat(copy).exists();
    }
    assertThat(copy).doesNotExist();
  }

  @Test
  void aSnapshotIsNeverWrittenOverTheLiveCache() {
    assertThatThrownBy(() -> SnapshotExport.write(live, live.file(), PLAIN))
        .isInstanceOf(SnapshotException.class)
        .hasMessageContaining("is the cache itself");
  }

  @Test
  void anEntryWithOneByteChangedIsRefused() throws IOException {
    Map<String, byte[]> entries = Zips.read(snapshot);
    byte[] db = entries.get("cache.db");
    db[db.length / 2] ^= 1;
    Path tampered = Zips.write(dir.resolve("tampered.kwsnap"), entries);

    assertThatThrownBy(() -> SnapshotReader.verify(tampered))
        .isInstanceOf(SnapshotException.class)
        .hasMessageEndingWith(
            "was refused: cache.db does not match the SHA-256 in its manifest; the file was altered");
    assertThatThrownBy(() -> SnapshotReader.open(tampered)).isInstanceOf(SnapshotException.class);
  }

  @Test
  void anEntryLongerThanItsManifestSaysIsRefusedBeforeItIsAllRead() throws IOException {
    Map<String, byte[]> entries = Zips.read(snapshot);
    byte[] db = entries.get("cache.db");
    entries.put("cache.db", Arrays.copyOf(db, db.length * 3));
    Path longer = Zips.write(dir.resolve("longer.kwsnap"), entries);

    assertThatThrownBy(() -> SnapshotReader.open(longer))
        .isInstanceOf(SnapshotException.class)
        .hasMessageEndingWith(
            "was refused: cache.db is not the size its manifest gives ("
                + db.length
                + " bytes); the file was altered");
  }

  @Test
  void aByteChangedInTheArchiveItselfIsRefused() throws IOException {
    byte[] bytes = Files.readAllBytes(snapshot);
    bytes[bytes.length / 2] ^= 0x40;
    Path tampered = Files.write(dir.resolve("flipped.kwsnap"), bytes);

    assertThatThrownBy(() -> SnapshotReader.verify(tampered))
        .isInstanceOf(SnapshotException.class)
        .hasMessageContaining("was refused:");
  }

  @Test
  void aTruncatedFileIsRefused() throws IOException {
    byte[] bytes = Files.readAllBytes(snapshot);
    Path truncated = dir.resolve("truncated.kwsnap");
    Files.write(truncated, Arrays.copyOf(bytes, bytes.length - 100));

    assertThatThrownBy(() -> SnapshotReader.verify(truncated))
        .isInstanceOf(SnapshotException.class)
        .hasMessageContaining("was refused: it is truncated or damaged");
  }

  @Test
  void foreignFilesAreRefusedWithTheirReason() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
    assertThatThrownBy(() -> SnapshotReader.verify(text))
        .hasMessageEndingWith("was refused: it is not a zip archive, so not a Keyward snapshot");

    Path otherZip = Zips.write(dir.resolve("other.zip"), Map.of("readme.txt", new byte[] {1}));
    assertThatThrownBy(() -> SnapshotReader.verify(otherZip))
        .hasMessageEndingWith(
            "was refused: it has no manifest.json, so it is not a Keyward snapshot");

    Path notOurs =
        Zips.write(
            dir.resolve("json.zip"),
            Map.of("manifest.json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> SnapshotReader.verify(notOurs))
        .hasMessageEndingWith("was refused: its manifest.json is not a Keyward snapshot manifest");

    Map<String, byte[]> entries = Zips.read(snapshot);
    entries.put(
        "manifest.json",
        edit(entries.get("manifest.json"), "\"formatVersion\" : 1", "\"formatVersion\" : 99"));
    Path future = Zips.write(dir.resolve("future.kwsnap"), entries);
    assertThatThrownBy(() -> SnapshotReader.verify(future))
        .hasMessageEndingWith(
            "was refused: it is in snapshot format 99; this Keyward reads format 1");
  }

  @Test
  void anEntryTheManifestDoesNotListIsRefused() throws IOException {
    Map<String, byte[]> entries = Zips.read(snapshot);
    entries.put("extra.db", new byte[] {1, 2});
    Path stuffed = Zips.write(dir.resolve("stuffed.kwsnap"), entries);

    assertThatThrownBy(() -> SnapshotReader.verify(stuffed))
        .hasMessageEndingWith("was refused: it holds extra.db, which its manifest does not list");
  }

  @Test
  void aSignedSnapshotNamesItsKeyAndAnAlteredManifestFailsTheSignature() throws IOException {
    SigningKey key = SigningKey.generate();
    Path signed = dir.resolve("signed.kwsnap");
    SnapshotExport.write(live, signed, new ExportOptions(false, Optional.of(key), "test"));

    assertThat(SnapshotReader.verify(signed).signedBy()).contains(key.publicKey().fingerprint());

    Map<String, byte[]> entries = Zips.read(signed);
    entries.put(
        "manifest.json",
        edit(
            entries.get("manifest.json"),
            "\"keywardVersion\" : \"test\"",
            "\"keywardVersion\" : \"tset\""));
    Path altered = Zips.write(dir.resolve("altered.kwsnap"), entries);
    assertThatThrownBy(() -> SnapshotReader.verify(altered))
        .hasMessageContaining(
            "manifest.sig is not a valid signature of its manifest by key SHA256:");

    entries = Zips.read(signed);
    entries.remove("manifest.sig");
    Path stripped = Zips.write(dir.resolve("stripped.kwsnap"), entries);
    assertThatThrownBy(() -> SnapshotReader.verify(stripped))
        .hasMessageContaining("but manifest.sig is missing");

    entries = Zips.read(signed);
    entries.put("manifest.sig", SigningKey.generate().sign(entries.get("manifest.json")));
    Path foreignSignature = Zips.write(dir.resolve("foreign-sig.kwsnap"), entries);
    assertThatThrownBy(() -> SnapshotReader.verify(foreignSignature))
        .hasMessageContaining("is not a valid signature");
  }

  @Test
  void readsTheKeyOpensslWritesAndDerivesItsPublicHalf() throws IOException {
    Path pem = dir.resolve("openssl.pem");
    try (var in = getClass().getResourceAsStream("/snapshot/openssl-ed25519.pem")) {
      Files.write(pem, in.readAllBytes());
    }
    SigningKey key = SigningKey.read(pem);

    // What `openssl pkey -in KEY -pubout -outform DER | openssl dgst -sha256 -binary | base64`
    // printed.
    assertThat(key.publicKey().fingerprint())
        .isEqualTo("SHA256:gmNh9IkdkYSfTsMdKDO7W6pHTsMD0ZC5xVRkGJOaF5o=");
    byte[] message = "manifest".getBytes(StandardCharsets.UTF_8);
    assertThat(key.publicKey().verifies(message, key.sign(message))).isTrue();
  }

  @Test
  void aGeneratedKeyIsWrittenAsPemAndReadBack() {
    SigningKey key = SigningKey.generate();
    Path written = key.writeTo(dir.resolve("keys"));

    assertThat(SigningKey.read(written).publicKey()).isEqualTo(key.publicKey());
    assertThatThrownBy(() -> key.writeTo(dir.resolve("keys")))
        .hasMessageContaining("already exists");
  }

  @Test
  void somethingThatIsNotAKeyIsRefused() throws IOException {
    Path pem =
        Files.writeString(
            dir.resolve("nokey.pem"),
            "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    assertThatThrownBy(() -> SigningKey.read(pem))
        .isInstanceOf(SnapshotException.class)
        .hasMessageContaining("is not an Ed25519 private key in PKCS#8 PEM");
  }

  private static int manifestLevel() {
    return SnapshotReader.verify(snapshot).manifest().maturityLevel();
  }

  private static byte[] edit(byte[] json, String from, String to) {
    String text = new String(json, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
  }
}
