package io.keyward.connectors.gcp;

import io.keyward.model.domain.Privilege;
import java.util.Locale;

/**
 * How much a role lets its holder do, read from the role's name (the permissions behind custom
 * roles are not fetched). First match wins:
 *
 * <ol>
 *   <li>{@code roles/owner}, {@code roles/editor}: ADMIN (basic roles reach nearly every service)
 *   <li>the role's last name part ends with {@code Admin} ({@code roles/storage.objectAdmin}):
 *       ADMIN
 *   <li>ends with {@code Viewer}, {@code Reader} or {@code Reviewer}, or is {@code roles/browser}:
 *       READ
 *   <li>anything else ({@code roles/bigquery.dataEditor}, {@code roles/iam.serviceAccountUser},
 *       custom roles): WRITE
 * </ol>
 */
final class RolePrivilege {
  private RolePrivilege() {}

  static Privilege of(String role) {
    if (role.equals("roles/owner") || role.equals("roles/editor")) {
      return Privilege.ADMIN;
    }
    String name = role.substring(role.lastIndexOf('/') + 1);
    String last = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    if (last.endsWith("admin")) {
      return Privilege.ADMIN;
    }
    if (last.endsWith("viewer")
        || last.endsWith("reader")
        || last.endsWith("reviewer")
        || role.equals("roles/browser")) {
      return Privilege.READ;
    }
    return Privilege.WRITE;
  }
}
