package io.keyward.model.snapshot;

import io.keyward.model.cache.Cache;
import java.nio.file.Path;

/** A verified snapshot's cache, open read-only on a private extracted copy that closing deletes. */
public final class OpenedSnapshot implements AutoCloseable {
  private final VerifiedSnapshot verified;
  private final Cache cache;
  private final Path directory;

  OpenedSnapshot(VerifiedSnapshot verified, Cache cache, Path directory) {
    this.verified = verified;
    this.cache = cache;
    this.directory = directory;
  }

  public VerifiedSnapshot verified() {
    return verified;
  }

  public SnapshotManifest manifest() {
    return verified.manifest();
  }

  /** The read-only cache; valid until this snapshot is closed. */
  public Cache cache() {
    return cache;
  }

  @Override
  public void close() {
    cache.close();
    SnapshotFiles.deleteTree(directory);
  }
}
