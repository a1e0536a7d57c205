package io.keyward.model.snapshot;

import io.keyward.model.cache.Cache;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Verifies a snapshot before anything in it is used, and opens it read-only from a private copy.
 * Every refusal is a {@link SnapshotException} whose message completes "{@code FILE} was refused:
 * ...".
 */
public final class SnapshotReader {
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final int MAX_MANIFEST_BYTES = 1 << 20;

  private SnapshotReader() {}

  /**
   * Whether {@code file} starts like a zip archive, i.e. could be a snapshot rather than a cache.
   */
  public static boolean looksLikeSnapshot(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(4), ZIP_MAGIC);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Checks the manifest, its signature and the SHA-256 of every entry.
   *
   * @throws SnapshotException naming the first reason it is refused
   */
  public static VerifiedSnapshot verify(Path file) {
    return read(file, null);
  }

  /**
   * Verifies {@code file} and opens its cache read-only from a copy extracted to a temporary folder
   * (migrated there when it is of an older schema); ages are measured from the moment the snapshot
   * was taken. Closing the result deletes the copy.
   */
  public static OpenedSnapshot open(Path file) {
    Path dir = SnapshotFiles.tempDirectory();
    try {
      VerifiedSnapshot verified = read(file, dir);
      Path content = dir.resolve(SnapshotFiles.CACHE_ENTRY);
      Cache.migrate(content);
      Clock clock = Clock.fixed(verified.manifest().createdAt(), ZoneOffset.UTC);
      return new OpenedSnapshot(verified, Cache.openReadOnly(content, clock), dir);
    } catch (RuntimeException e) {
      SnapshotFiles.deleteTree(dir);
      throw e;
    }
  }

  /** Verifies {@code file}, extracting its content entries into {@code into} when given. */
  private static VerifiedSnapshot read(Path file, @Nullable Path into) {
    if (!Files.isRegularFile(file)) {
      throw refused(file, "no such file");
    }
    if (!looksLikeSnapshot(file)) {
      throw refused(file, "it is not a zip archive, so not a Keyward snapshot");
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      byte[] json = bytes(zip, SnapshotFiles.MANIFEST_ENTRY, file);
      SnapshotManifest manifest;
      try {
        manifest = SnapshotManifest.parse(json);
      } catch (SnapshotException e) {
        throw refused(file, e.getMessage());
      }
      Optional<String> signedBy = checkSignature(zip, manifest, file);
      checkNoStrangers(zip, manifest, file);
      for (var entry : manifest.entries().entrySet()) {
        checkEntry(zip, manifest, entry.getKey(), into, file);
      }
      if (!manifest.entries().containsKey(SnapshotFiles.CACHE_ENTRY)) {
        throw refused(file, "its manifest lists no " + SnapshotFiles.CACHE_ENTRY);
      }
      return new VerifiedSnapshot(file, manifest, signedBy);
    } catch (ZipException e) {
      throw refused(file, "it is truncated or damaged (" + e.getMessage() + ")");
    } catch (IOException | UncheckedIOException e) {
      throw refused(file, "it cannot be read (" + e.getMessage() + ")");
    }
  }

  private static Optional<String> checkSignature(ZipFile zip, SnapshotManifest manifest, Path file)
      throws IOException {
    boolean hasSignature = zip.getEntry(SnapshotFiles.SIGNATURE_ENTRY) != null;
    if (manifest.signingKey().isEmpty()) {
      if (hasSignature) {
        throw refused(file, "it holds manifest.sig but its manifest names no signing key");
      }
      return Optional.empty();
    }
    SigningKey.Public key = manifest.signingKey().get();
    if (!hasSignature) {
      throw refused(
          file,
          "its manifest names signing key " + key.fingerprint() + " but manifest.sig is missing");
    }
    byte[] json = bytes(zip, SnapshotFiles.MANIFEST_ENTRY, file);
    byte[] signature = bytes(zip, SnapshotFiles.SIGNATURE_ENTRY, file);
    if (!key.verifies(json, signature)) {
      throw refused(
          file,
          "manifest.sig is not a valid signature of its manifest by key "
              + key.fingerprint()
              + "; the manifest was altered");
    }
    return Optional.of(key.fingerprint());
  }

  private static void checkNoStrangers(ZipFile zip, SnapshotManifest manifest, Path file) {
    Set<String> known = Set.of(SnapshotFiles.MANIFEST_ENTRY, SnapshotFiles.SIGNATURE_ENTRY);
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      String name = entries.nextElement().getName();
      if (!known.contains(name) && !manifest.entries().containsKey(name)) {
        throw refused(file, "it holds " + name + ", which its manifest does not list");
      }
    }
  }

  /**
   * Hashes the entry, copying it into {@code into} when given, and stops as soon as it is longer
   * than the manifest says: a crafted file cannot fill the disk before it is refused.
   */
  private static void checkEntry(
      ZipFile zip, SnapshotManifest manifest, String name, @Nullable Path into, Path file)
      throws IOException {
    String expected = manifest.entries().get(name);
    Long size = manifest.sizes().get(name);
    if (size == null) {
      throw refused(file, "its manifest gives no size for " + name);
    }
    if (!SnapshotFiles.CACHE_ENTRY.equals(name)) {
      throw refused(file, "its manifest lists " + name + ", which this Keyward does not know");
    }
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw refused(file, "its manifest lists " + name + ", which it does not hold");
    }
    String actual;
    long copied;
    try (InputStream in = zip.getInputStream(entry)) {
      DigestInputStream digesting =
          new DigestInputStream(new BoundedInputStream(in, size + 1), SnapshotFiles.sha256());
      try (OutputStream out =
          into == null
              ? OutputStream.nullOutputStream()
              : Files.newOutputStream(into.resolve(name))) {
        copied = digesting.transferTo(out);
      }
      actual = HexFormat.of().formatHex(digesting.getMessageDigest().digest());
    }
    if (copied != size) {
      throw refused(
          file,
          name + " is not the size its manifest gives (" + size + " bytes); the file was altered");
    }
    if (!actual.equalsIgnoreCase(expected)) {
      throw refused(
          file, name + " does not match the SHA-256 in its manifest; the file was altered");
    }
  }

  private static byte[] bytes(ZipFile zip, String name, Path file) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw refused(file, "it has no " + name + ", so it is not a Keyward snapshot");
    }
    try (InputStream in = zip.getInputStream(entry)) {
      byte[] bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
      if (bytes.length > MAX_MANIFEST_BYTES) {
        throw refused(file, name + " is larger than any Keyward writes");
      }
      return bytes;
    }
  }

  private static SnapshotException refused(Path file, String reason) {
    return new SnapshotException(file + " was refused: " + reason);
  }
}
