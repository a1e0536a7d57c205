package io.keyward.model.lineage;

import io.keyward.model.cache.LineageQueries;
import io.keyward.model.domain.Delegation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who can act through an identity: everyone with a path of unexpired delegations to it, found by
 * walking the edges backwards one level at a time (breadth first, so each chain is a shortest one).
 * Reads delegations from the cache level by level and remembers them, so asking about several
 * identities reads each edge once. A later delegation-graph analysis may replace this walk.
 */
final class DelegationReach {
  private final LineageQueries queries;
  private final Instant now;
  private final Map<String, List<Delegation>> inbound = new HashMap<>();

  DelegationReach(LineageQueries queries, Instant now) {
    this.queries = queries;
    this.now = now;
  }

  /**
   * Everyone who can act through {@code target}, each with the shortest chain of delegations from
   * them to {@code target}, nearest first. The target itself is not listed.
   */
  Map<String, List<Delegation>> actorsThrough(String target) {
    Map<String, List<Delegation>> chains = new LinkedHashMap<>();
    chains.put(target, List.of());
    List<String> frontier = List.of(target);
    while (!frontier.isEmpty()) {
      loadInbound(frontier);
      List<String> next = new ArrayList<>();
      for (String node : frontier) {
        for (Delegation edge : inbound.get(node)) {
          if (chains.containsKey(edge.fromId()) || expired(edge)) {
            continue;
          }
          List<Delegation> chain = new ArrayList<>();
          chain.add(edge);
          chain.addAll(chains.get(node));
          chains.put(edge.fromId(), List.copyOf(chain));
          next.add(edge.fromId());
        }
      }
      frontier = next;
    }
    chains.remove(target);
    return chains;
  }

  private boolean expired(Delegation edge) {
    return edge.expiresAt() != null && !edge.expiresAt().isAfter(now);
  }

  private void loadInbound(List<String> nodes) {
    List<String> missing = nodes.stream().filter(n -> !inbound.containsKey(n)).toList();
    missing.forEach(n -> inbound.put(n, new ArrayList<>()));
    for (Delegation edge : queries.delegationsTo(missing)) {
      inbound.get(edge.toId()).add(edge);
    }
  }
}
