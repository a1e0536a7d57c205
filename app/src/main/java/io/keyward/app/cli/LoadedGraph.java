package io.keyward.app.cli;

import io.keyward.model.cache.Cache;
import io.keyward.model.domain.Identity;
import io.keyward.model.graph.GraphIndex;
import io.keyward.model.graph.GraphNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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

  /**
   * The graph node a key names.
   *
   * @throws IllegalArgumentException naming the candidates when the key is ambiguous, or saying
   *     nothing matched
   */
  GraphNode resolve(String key) {
    List<Identity> found = cache.repository().findIdentities(key);
    if (found.size() == 1) {
      return graph.node(found.get(0).id()).orElseThrow();
    }
    if (found.size() > 1) {
      throw new IllegalArgumentException(
          "'"
              + key
              + "' is ambiguous; it names "
              + found.size()
              + " identities: "
              + found.stream()
                  .map(
                      i ->
                          i.id()
                              + " ("
                              + i.kind().name().toLowerCase(Locale.ROOT)
                              + ", "
                              + i.sourceId()
                              + ")")
                  .collect(Collectors.joining(", "))
              + "; give one of these ids");
    }
    // Principals only delegations name (another account, a service) are nodes, not identities.
    return graph
        .node(key)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no identity or credential matches '"
                        + key
                        + "' (tried the cache id, the source's id, email, credential id and"
                        + " name)"));
  }

  @Override
  public void close() {
    cache.close();
  }
}
