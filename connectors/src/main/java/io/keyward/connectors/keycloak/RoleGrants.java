package io.keyward.connectors.keycloak;

import io.keyward.connectors.keycloak.RealmSnapshot.RealmGroup;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.GrantOrigin;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A principal's effective roles as grants, each with the most direct way it is held: DIRECT when
 * mapped to the principal, VIA_GROUP when one of its groups holds it, else VIA_ROLE through the
 * directly mapped composite that contains it. Remembers which clients' APIs the grants reach.
 */
final class RoleGrants {
  private final RealmIds ids;
  private final RoleGraph roles;
  private final Set<String> apiClients = new TreeSet<>();

  RoleGrants(RealmIds ids, RoleGraph roles) {
    this.ids = ids;
    this.roles = roles;
  }

  List<Grant> of(
      String principal,
      Collection<RoleRef> direct,
      Collection<RoleRef> effective,
      List<RealmGroup> groups) {
    Set<RoleRef> all = new TreeSet<>(effective);
    all.addAll(direct);
    List<Grant> grants = new ArrayList<>();
    for (RoleRef role : all) {
      RealmGroup group =
          groups.stream().filter(g -> g.effectiveRoles().contains(role)).findFirst().orElse(null);
      GrantOrigin origin;
      String via;
      if (direct.contains(role)) {
        origin = GrantOrigin.DIRECT;
        via = null;
      } else if (group != null) {
        origin = GrantOrigin.VIA_GROUP;
        via = ids.group(group.path());
      } else {
        origin = GrantOrigin.VIA_ROLE;
        // Keycloak says the role is held but the graph shows no path: name the kind of way.
        via =
            roles
                .compositeReaching(role, direct)
                .map(ids::role)
                .orElse(ids.sourceId() + ":role/(composite)");
      }
      String resource = ids.resourceOf(role);
      if (role.clientId() != null && !resource.equals(ids.realmResource())) {
        apiClients.add(role.clientId());
      }
      grants.add(
          new Grant(
              principal + "#role/" + role.label(),
              ids.sourceId(),
              principal,
              role.label(),
              resource,
              RolePrivileges.of(role),
              origin,
              via,
              null,
              null));
    }
    return grants;
  }

  /** The clients whose roles some grant names: each protects an API resource. */
  Set<String> apiClients() {
    return Set.copyOf(apiClients);
  }
}
