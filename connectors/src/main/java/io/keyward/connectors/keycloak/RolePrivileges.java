package io.keyward.connectors.keycloak;

import io.keyward.model.domain.Privilege;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * How much a Keycloak role lets its holder do, by rules an analyst can check against the role's
 * name:
 *
 * <ol>
 *   <li>ADMIN: {@code realm-management} roles {@code realm-admin}, {@code manage-*}, {@code
 *       impersonation} and {@code create-client}; any role named {@code admin} or ending in {@code
 *       -admin}/{@code _admin}.
 *   <li>READ: {@code realm-management} roles {@code view-*} and {@code query-*}; roles of the
 *       {@code account} client (they reach only the holder's own account); the realm's built-in
 *       {@code offline_access}, {@code uma_authorization} and {@code default-roles-*}; roles whose
 *       name has a word such as read, view, query, list, get, reader or viewer.
 *   <li>WRITE: every other role, so an unknown role is never understated.
 * </ol>
 */
final class RolePrivileges {
  private static final Set<String> ADMIN_REALM_MANAGEMENT =
      Set.of("realm-admin", "impersonation", "create-client");
  private static final Set<String> READ_WORDS =
      Set.of("read", "reads", "view", "query", "list", "get", "reader", "viewer", "readonly");
  private static final Set<String> BUILT_IN_READ = Set.of("offline_access", "uma_authorization");

  private RolePrivileges() {}

  static Privilege of(RoleRef role) {
    String name = role.name().toLowerCase(Locale.ROOT);
    if (RoleRef.REALM_MANAGEMENT.equals(role.clientId())) {
      if (ADMIN_REALM_MANAGEMENT.contains(name) || name.startsWith("manage-")) {
        return Privilege.ADMIN;
      }
      if (name.startsWith("view-") || name.startsWith("query-")) {
        return Privilege.READ;
      }
    }
    if (name.equals("admin") || name.endsWith("-admin") || name.endsWith("_admin")) {
      return Privilege.ADMIN;
    }
    if ("account".equals(role.clientId())
        || (!role.isClientRole()
            && (BUILT_IN_READ.contains(name) || name.startsWith("default-roles-")))) {
      return Privilege.READ;
    }
    boolean readWord = Arrays.stream(name.split("[^a-z]+")).anyMatch(READ_WORDS::contains);
    return readWord ? Privilege.READ : Privilege.WRITE;
  }
}
