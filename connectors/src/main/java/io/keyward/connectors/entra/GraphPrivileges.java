package io.keyward.connectors.entra;

import io.keyward.connectors.entra.GraphWire.RoleDefinition;
import io.keyward.model.domain.Privilege;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How much an Entra permission lets its holder do, by name, so an analyst can check the call:
 * permissions that can take over the tenant are ADMIN, names that write, send or manage are WRITE,
 * the rest READ. Directory roles go by Entra's own {@code isPrivileged} flag where Graph sends it.
 */
final class GraphPrivileges {
  /** App roles and scopes with which a holder can grant itself anything else. */
  private static final Set<String> TENANT_TAKEOVER =
      Set.of(
          "Directory.ReadWrite.All",
          "RoleManagement.ReadWrite.Directory",
          "AppRoleAssignment.ReadWrite.All",
          "Application.ReadWrite.All",
          "full_access_as_app");

  private static final Set<String> WRITE_WORDS =
      Set.of("write", "send", "manage", "create", "delete", "fullcontrol", "impersonation");

  private GraphPrivileges() {}

  static Privilege permission(String name) {
    if (TENANT_TAKEOVER.contains(name)) {
      return Privilege.ADMIN;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return WRITE_WORDS.stream().anyMatch(lower::contains) ? Privilege.WRITE : Privilege.READ;
  }

  /**
   * Privileged roles (Entra's flag, or "Administrator" in the name where the flag is absent) are
   * ADMIN, readers READ, anything else WRITE.
   */
  static Privilege directoryRole(@Nullable RoleDefinition role) {
    String name = role == null || role.displayName() == null ? "" : role.displayName();
    Boolean privileged = role == null ? null : role.isPrivileged();
    if (Boolean.TRUE.equals(privileged) || (privileged == null && name.contains("Administrator"))) {
      return Privilege.ADMIN;
    }
    return name.contains("Reader") ? Privilege.READ : Privilege.WRITE;
  }
}
