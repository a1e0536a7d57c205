package io.keyward.connectors.keycloak;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which roles each composite role contains, one level deep as Keycloak stores it. Expanding follows
 * the parts transitively, so a holder of {@code realm-admin} is seen to hold {@code view-users} and
 * the {@code query-users} inside it.
 */
final class RoleGraph {
  private final Map<RoleRef, Set<RoleRef>> parts;

  RoleGraph(Map<RoleRef, ? extends Collection<RoleRef>> parts) {
    Map<RoleRef, Set<RoleRef>> copy = new TreeMap<>();
    parts.forEach((role, contained) -> copy.put(role, Set.copyOf(contained)));
    this.parts = copy;
  }

  static RoleGraph empty() {
    return new RoleGraph(Map.of());
  }

  /** {@code roles} and every role they contain, however deep; cycles are harmless. */
  Set<RoleRef> expand(Collection<RoleRef> roles) {
    Set<RoleRef> seen = new TreeSet<>();
    Deque<RoleRef> todo = new ArrayDeque<>(roles);
    while (!todo.isEmpty()) {
      RoleRef role = todo.pop();
      if (seen.add(role)) {
        todo.addAll(parts.getOrDefault(role, Set.of()));
      }
    }
    return seen;
  }

  /**
   * The first of {@code held} (in role order) whose expansion reaches {@code role} without being
   * it: the composite a role arrives through.
   */
  Optional<RoleRef> compositeReaching(RoleRef role, Collection<RoleRef> held) {
    return new TreeSet<>(held)
        .stream()
            .filter(h -> !h.equals(role) && parts.containsKey(h))
            .filter(h -> expand(parts.get(h)).contains(role))
            .findFirst();
  }
}
