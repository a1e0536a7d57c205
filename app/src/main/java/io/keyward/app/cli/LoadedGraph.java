package io.keyward.app.cli;

import io.keyward.model.cache.Cache;
import io.keyward.model.graph.GraphIndex;
import io.keyward.model.graph.GraphNode;
import io.keyward.model.graph.PrincipalKeys;
import java.nio.file.Path;

/**
 * The delegation graph of a cache file or snapshot, loaded once for one command, and the resolution
 * of the keys analysts type: a cache id, the source's own id (ARN, object id, client id), an email,
 * a credential's id or key id (meaning its holder), or a unique name.
 */
final class LoadedGraph implements AutoCloseable {
  private final GraphIndex graph;
  private final OpenedCache opened;

  private LoadedGraph(OpenedCache opened, GraphIndex graph) {
    this.opened = opened;
    this.graph = graph;
  }

  /** Opens the cache or snapshot and builds the index; the cache stays open for key lookups. */
  static LoadedGraph open(Path file) {
    OpenedCache opened = ExistingCache.read(file);
    try {
      Cache cache = opened.cache();
      return new LoadedGraph(opened, GraphIndex.load(cache.repository(), cache.clock().instant()));
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
  }

  GraphIndex graph() {
    return graph;
  }

  /** The graph node a key names; see {@link PrincipalKeys}. */
  GraphNode resolve(String key) {
    return new PrincipalKeys(opened.cache().repository(), graph).resolve(key);
  }

  @Override
  public void close() {
    opened.close();
  }
}
