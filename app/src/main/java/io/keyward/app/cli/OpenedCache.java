package io.keyward.app.cli;

import io.keyward.model.cache.Cache;
import io.keyward.model.snapshot.OpenedSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * A cache a read command opened: a cache file, or a verified snapshot opened read-only (closing it
 * deletes the extracted copy).
 */
record OpenedCache(Cache cache, @Nullable OpenedSnapshot snapshot) implements AutoCloseable {
  static OpenedCache of(Cache cache) {
    return new OpenedCache(cache, null);
  }

  static OpenedCache of(OpenedSnapshot snapshot) {
    return new OpenedCache(snapshot.cache(), snapshot);
  }

  /** Whether it is a snapshot exported with ids and names replaced by keyed hashes. */
  boolean redacted() {
    return snapshot != null && snapshot.manifest().redacted();
  }

  @Override
  public void close() {
    if (snapshot != null) {
      snapshot.close();
    } else {
      cache.close();
    }
  }
}
