package io.keyward.app.cli;

import io.keyward.model.cache.Cache;
import io.keyward.model.graph.GraphIndex;
import io.keyward.model.graph.GraphNode;
import io.keyward.model.graph.PrincipalKeys;
import java.nio.file.Path;

/**
 * The delegation graph of a cache file, loaded once for one command, and the resolution of the keys
 * analysts type: a cache id, the source's own id (ARN, object id, client id), an email, a
 * credential's id or key id (meaning its holder), or a unique name.
 */
final class LoadedGraph implements AutoCloseable {
  private final GraphIndex graph;
  private final Cache cache;

  private LoadedGraph(Cache cache, GraphIndex graph) {
    this.cache = cache;
    this.graph = graph;
  }

  /** Opens the cache, builds the index and closes the cache again except for key lookups. */
  static LoadedGraph open(Path file) {
    Cache cache = ExistingCache.open(file);
    try {
      return new LoadedGraph(cache, GraphIndex.load(cache.repository(), cache.clock().instant()));
    } catch (RuntimeException e) {
      cache.close();
      throw e;
    }
  }

  GraphIndex graph() {
    return graph;
  }

  /** The graph node a key names; see {@link PrincipalKeys}. */
  GraphNode resolve(String key) {
    return new PrincipalKeys(cache.repository(), graph).resolve(key);
  }

  @Override
  public void close() {
    cache.close();
  }
}
