package io.keyward.connectors.keycloak;

import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * A realm role ({@code clientId} null) or a role of the client {@code clientId}, named as Keycloak
 * tokens and the demo estate name it: {@code tickets:read}, {@code realm-management:realm-admin}.
 */
record RoleRef(@Nullable String clientId, String name) implements Comparable<RoleRef> {
  static final String REALM_MANAGEMENT = "realm-management";

  private static final Comparator<RoleRef> ORDER =
      Comparator.comparing((RoleRef r) -> r.clientId == null ? "" : r.clientId)
          .thenComparing(RoleRef::name);

  static RoleRef realm(String name) {
    return new RoleRef(null, name);
  }

  static RoleRef client(String clientId, String name) {
    return new RoleRef(clientId, name);
  }

  boolean isClientRole() {
    return clientId != null;
  }

  /** The permission a grant of this role names. */
  String label() {
    return clientId == null ? name : clientId + ":" + name;
  }

  @Override
  public int compareTo(RoleRef other) {
    return ORDER.compare(this, other);
  }
}
