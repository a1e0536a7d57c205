package io.keyward.app.cli;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.CacheException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a cache a read command needs, refusing to create an empty one by accident. */
final class ExistingCache {
  private ExistingCache() {}

  static Cache open(Path file) {
    if (!Files.exists(file)) {
      throw new CacheException(
          "no cache at "
              + file
              + "; create one with 'keyward demo --cache "
              + file
              + "' or sync a source");
    }
    return Cache.open(file);
  }
}
