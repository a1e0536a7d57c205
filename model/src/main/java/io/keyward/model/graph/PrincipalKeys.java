package io.keyward.model.graph;

import io.keyward.model.cache.EstateRepository;
import io.keyward.model.domain.Identity;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns the key an analyst types into a principal of the graph: whatever {@link
 * EstateRepository#findIdentities} matches (cache id, source id, email, credential, alert, name,
 * login), or else a principal that only delegations name (another account, a service).
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
    String trimmed = key.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("give an identity: its id, source id, email or name");
    }
    List<Identity> found = repository.findIdentities(trimmed);
    if (found.size() == 1) {
      return graph.node(found.get(0).id()).orElseThrow();
    }
    if (found.size() > 1) {
      throw new IllegalArgumentException(
          "'"
              + trimmed
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
    return graph
        .node(trimmed)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no identity, credential or alert matches '"
                        + trimmed
                        + "' (tried the cache id, the source's id, email, credential, alert,"
                        + " name and login)"));
  }
}
