package io.keyward.model.snapshot;

import io.keyward.model.cache.Cache;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/** Entry names and the file chores snapshots share: digests, temporary folders, SQLite sidecars. */
final class SnapshotFiles {
  static final String MANIFEST_ENTRY = "manifest.json";
  static final String SIGNATURE_ENTRY = "manifest.sig";
  static final String CACHE_ENTRY = "cache.db";

  private SnapshotFiles() {}

  static Path tempDirectory() {
    try {
      return Files.createTempDirectory("keyward-snapshot-");
    } catch (IOException e) {
      throw new SnapshotException("cannot create a temporary folder: " + e.getMessage(), e);
    }
  }

  static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return sha256(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code in} to its end and returns its SHA-256 in hex. */
  static String sha256(InputStream in) throws IOException {
    DigestInputStream digesting = new DigestInputStream(in, sha256());
    digesting.transferTo(OutputStream.nullOutputStream());
    return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The SQLite {@code user_version} in the database header (bytes 60-63, big-endian). */
  static int schemaVersion(Path sqliteFile) {
    try (InputStream in = Files.newInputStream(sqliteFile)) {
      byte[] header = in.readNBytes(64);
      if (header.length < 64) {
        return 0;
      }
      return ((header[60] & 0xff) << 24)
          | ((header[61] & 0xff) << 16)
          | ((header[62] & 0xff) << 8)
          | (header[63] & 0xff);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteCacheFile(Path file) {
    deleteSidecars(file);
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the files a connection left beside {@code file} ({@link Cache#sidecars}). */
  static void deleteSidecars(Path file) {
    for (Path sidecar : Cache.sidecars(file)) {
      try {
        Files.deleteIfExists(sidecar);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // A temporary folder left behind is harmless; the system cleans it up eventually.
    }
  }
}
