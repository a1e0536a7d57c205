package io.keyward.model.snapshot;

import io.keyward.model.cache.AuditCheck;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.CacheRedaction;
import io.keyward.model.scorecard.Scope;
import io.keyward.model.scorecard.Scorecard;
import io.keyward.model.scorecard.Scoring;
import io.keyward.model.snapshot.SnapshotManifest.SnapshotSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a snapshot of an open cache: a zip of {@code cache.db}, the manifest and its signature.
 */
public final class SnapshotExport {
  private SnapshotExport() {}

  /**
   * Scores the estate (the score joins the cache's history, as a sync's does), copies the cache's
   * last committed state, redacts the copy when asked, and writes the snapshot to {@code out}
   * through a temporary sibling, so a failed export leaves no partial file.
   *
   * @return the manifest written
   */
  public static SnapshotManifest write(Cache cache, Path out, ExportOptions options) {
    refuseLiveCache(cache, out);
    Scorecard score =
        Scoring.scoreAndRecord(cache, Scope.All.INSTANCE, Scoring.thresholds(cache.repository()));
    Path work = SnapshotFiles.tempDirectory();
    try {
      Path content = work.resolve(SnapshotFiles.CACHE_ENTRY);
      if (options.redact()) {
        Path raw = work.resolve("unredacted.db");
        cache.copyTo(raw);
        CacheRedaction.rewrite(raw, content, KeyedRedaction.of(cache.repository()));
        SnapshotFiles.deleteCacheFile(raw);
      } else {
        cache.copyTo(content);
      }
      SnapshotManifest manifest = describe(content, cache, options, score.level().number());
      Optional<SigningKey> key = options.signingKey();
      if (key.isPresent()) {
        manifest = manifest.signedBy(key.get().publicKey());
      }
      byte[] json = manifest.toJson();
      Path partial = Files.createTempFile(out.toAbsolutePath().getParent(), ".keyward-", ".part");
      try {
        try (OutputStream file = Files.newOutputStream(partial);
            ZipOutputStream zip = new ZipOutputStream(file)) {
          put(zip, SnapshotFiles.MANIFEST_ENTRY, json);
          if (key.isPresent()) {
            put(zip, SnapshotFiles.SIGNATURE_ENTRY, key.get().sign(json));
          }
          zip.putNextEntry(new ZipEntry(SnapshotFiles.CACHE_ENTRY));
          Files.copy(content, zip);
          zip.closeEntry();
        }
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(partial);
      }
      return manifest;
    } catch (IOException e) {
      throw new SnapshotException("cannot write the snapshot " + out + ": " + e.getMessage(), e);
    } finally {
      SnapshotFiles.deleteTree(work);
    }
  }

  /**
   * The manifest of the finished copy, read from the copy itself so it describes what is shipped.
   */
  private static SnapshotManifest describe(
      Path content, Cache live, ExportOptions options, int level) {
    try (Cache copy = Cache.openReadOnly(content, live.clock())) {
      AuditCheck audit = copy.revocationLog().verify();
      List<SnapshotSource> sources =
          copy.repository().sources().stream()
              .map(s -> new SnapshotSource(s.id(), s.kind().name(), s.name()))
              .toList();
      return new SnapshotManifest(
          SnapshotManifest.FORMAT_VERSION,
          options.keywardVersion(),
          live.clock().instant().truncatedTo(ChronoUnit.SECONDS),
          SnapshotFiles.schemaVersion(content),
          options.redact(),
          sources,
          copy.repository().stats(),
          level,
          audit.entries(),
          audit.head(),
          Map.of(SnapshotFiles.CACHE_ENTRY, SnapshotFiles.sha256(content)),
          Map.of(SnapshotFiles.CACHE_ENTRY, SnapshotFiles.size(content)),
          Optional.empty());
    } finally {
      SnapshotFiles.deleteSidecars(content);
    }
  }

  private static void refuseLiveCache(Cache cache, Path out) {
    Path target = out.toAbsolutePath().normalize();
    Path live = cache.file().toAbsolutePath().normalize();
    if (target.equals(live) || Cache.sidecars(live).contains(target)) {
      throw new SnapshotException(
          out + " is the cache itself; choose another file for the snapshot");
    }
    if (Files.isDirectory(out)) {
      throw new SnapshotException(out + " is a directory; give a file name for the snapshot");
    }
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }
}
