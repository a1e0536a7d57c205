package io.keyward.model.graph;

import io.keyward.model.cache.EstateRepository;
import io.keyward.model.cache.IdentityKeys;
import io.keyward.model.domain.Identity;
import java.util.Optional;

/**
 * Turns the key an analyst types into a principal of the graph: the identity it names ({@link
 * IdentityKeys}), or else a principal that only delegations name (another account, a service).
 */
public final class PrincipalKeys {
  private final EstateRepository repository;
  private final GraphIndex graph;

  public PrincipalKeys(EstateRepository repository, GraphIndex graph) {
    this.repository = repository;
    this.graph = graph;
  }

  /**
   * @throws IllegalArgumentException naming the candidates when the key is ambiguous, or saying
   *     nothing matched
   */
  public GraphNode resolve(String key) {
    Optional<Identity> found = IdentityKeys.one(repository, key);
    if (found.isPresent()) {
      return graph.node(found.get().id()).orElseThrow();
    }
    return graph
        .node(key.strip())
        .orElseThrow(() -> new IllegalArgumentException(IdentityKeys.noMatch(key)));
  }
}
