package io.keyward.app.cli;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.CacheException;
import io.keyward.model.snapshot.SnapshotReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the cache a command names, refusing to create an empty one by accident. Commands that only
 * read also take a snapshot file there: it is verified and opened read-only, so a reviewer runs the
 * same commands offline on what was exported.
 */
final class ExistingCache {
  private ExistingCache() {}

  /** A cache file, or a snapshot opened read-only in its place. */
  static OpenedCache read(Path file) {
    requireExists(file);
    return SnapshotReader.looksLikeSnapshot(file)
        ? OpenedCache.of(SnapshotReader.open(file))
        : OpenedCache.of(Cache.open(file));
  }

  /** A cache file to change; a snapshot is refused, since it opens read-only. */
  static Cache open(Path file) {
    requireExists(file);
    refuseSnapshot(file);
    return Cache.open(file);
  }

  /**
   * Refuses a snapshot where a command changes (or, like sync and import, creates) a cache file:
   * checked before the command does anything else, so nothing half happens.
   */
  static void refuseSnapshot(Path file) {
    if (Files.exists(file) && SnapshotReader.looksLikeSnapshot(file)) {
      throw new CacheException(
          file + " is a snapshot, which opens read-only; this command changes a cache file");
    }
  }

  private static void requireExists(Path file) {
    if (!Files.exists(file)) {
      throw new CacheException(
          "no cache at "
              + file
              + "; create one with 'keyward demo --cache "
              + file
              + "' or sync a source");
    }
  }
}
