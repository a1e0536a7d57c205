package io.keyward.connectors.keycloak;

import io.keyward.connectors.SyncContext;
import io.keyward.connectors.keycloak.KeycloakWire.AdminEvent;
import io.keyward.connectors.keycloak.KeycloakWire.Client;
import io.keyward.connectors.keycloak.KeycloakWire.Event;
import io.keyward.connectors.keycloak.KeycloakWire.EventsConfig;
import io.keyward.connectors.keycloak.KeycloakWire.Group;
import io.keyward.connectors.keycloak.KeycloakWire.Realm;
import io.keyward.connectors.keycloak.KeycloakWire.Role;
import io.keyward.connectors.keycloak.KeycloakWire.RoleMappings;
import io.keyward.connectors.keycloak.KeycloakWire.User;
import io.keyward.connectors.keycloak.RealmSnapshot.RealmClient;
import io.keyward.connectors.keycloak.RealmSnapshot.RealmGroup;
import io.keyward.connectors.keycloak.RealmSnapshot.RealmUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads a realm over the Admin API into a {@link RealmSnapshot}. Effective roles come from the
 * server's {@code /composite} endpoints; the composite graph is read as well, to tell which
 * composite a role arrives through.
 */
final class RealmReader {
  /** Newest events kept per kind: enough for recent activity, bounded for busy realms. */
  static final int EVENT_LIMIT = 10_000;

  private static final String USERS = "users";
  private static final String GROUPS = "groups";

  private final KeycloakClient client;
  private final SyncContext context;
  private final Map<String, String> clientIdByUuid = new HashMap<>();

  /** Clients that define roles: only these are asked for a principal's effective client roles. */
  private final List<Client> clientsWithRoles = new ArrayList<>();

  RealmReader(KeycloakClient client, SyncContext context) {
    this.client = client;
    this.context = context;
  }

  RealmSnapshot read() {
    context.phase("reading realm settings");
    Realm realm = client.realm();
    context.phase("fetching clients");
    List<Client> clients = client.clients(context::advance);
    clients.forEach(c -> clientIdByUuid.put(c.id(), c.clientId()));
    context.phase("fetching roles");
    RoleGraph roles = roles(clients);
    context.phase("fetching groups");
    List<RealmGroup> groups = new ArrayList<>();
    for (Group group : client.topGroups(context::advance)) {
      readGroup(group, Set.of(), groups);
    }
    context.phase("fetching users");
    List<User> users = client.users(context::advance);
    context.phase("fetching role mappings, groups and sessions of users");
    List<RealmUser> people = new ArrayList<>();
    for (User user : users) {
      // Service-account users are read with their client.
      if (user.serviceAccountClientId() == null) {
        people.add(principal(user));
        context.advance(1);
      }
    }
    context.phase("fetching client scopes and service accounts");
    List<RealmClient> realmClients = new ArrayList<>();
    for (Client c : clients) {
      RealmUser serviceAccount =
          c.hasServiceAccount() ? principal(client.serviceAccountUser(c)) : null;
      realmClients.add(
          new RealmClient(
              c,
              client.clientScopes(c, "default"),
              client.clientScopes(c, "optional"),
              serviceAccount));
      context.advance(1);
    }
    context.phase("fetching events");
    EventsConfig events = client.eventsConfig();
    List<Event> logins = List.of();
    if (Boolean.TRUE.equals(events.eventsEnabled())) {
      logins = client.events(EVENT_LIMIT, context::advance);
    } else {
      context.note(
          "realm "
              + realm.realm()
              + " stores no login events (Realm settings > Events): no sign-ins or token issuance,"
              + " so grant use is not observed");
    }
    List<AdminEvent> changes = List.of();
    if (Boolean.TRUE.equals(events.adminEventsEnabled())) {
      changes = client.adminEvents(EVENT_LIMIT, context::advance);
    } else {
      context.note("realm " + realm.realm() + " stores no admin events: no changes on timelines");
    }
    return new RealmSnapshot(
        realm.realm(), realm.sessionLimits(), people, realmClients, groups, roles, logins, changes);
  }

  /** The composite graph of realm and client roles; notes which clients define roles. */
  private RoleGraph roles(List<Client> clients) {
    Map<RoleRef, List<RoleRef>> parts = new HashMap<>();
    addComposites(client.realmRoles(), parts);
    for (Client c : clients) {
      List<Role> defined = client.clientRoles(c);
      if (!defined.isEmpty()) {
        clientsWithRoles.add(c);
        addComposites(defined, parts);
      }
      context.advance(1);
    }
    return new RoleGraph(parts);
  }

  private void addComposites(List<Role> defined, Map<RoleRef, List<RoleRef>> parts) {
    for (Role role : defined) {
      if (role.isComposite() && role.id() != null) {
        parts.put(ref(role), refs(client.composites(role)));
      }
    }
  }

  /** Reads {@code group} and its subgroups; a subgroup holds its parent's roles too. */
  private void readGroup(Group group, Set<RoleRef> inherited, List<RealmGroup> into) {
    String path = group.path() != null ? group.path() : "/" + group.name();
    Set<RoleRef> direct = direct(client.roleMappings(GROUPS, group.id(), path));
    Set<RoleRef> effective = effective(GROUPS, group.id(), path);
    effective.addAll(inherited);
    into.add(new RealmGroup(path, direct, effective));
    context.advance(1);
    boolean hasChildren =
        group.subGroupCount() != null
            ? group.subGroupCount() > 0
            : group.subGroups() != null && !group.subGroups().isEmpty();
    if (hasChildren) {
      for (Group child : client.subGroups(group)) {
        readGroup(child, effective, into);
      }
    }
  }

  private RealmUser principal(User user) {
    Set<RoleRef> direct = direct(client.roleMappings(USERS, user.id(), user.username()));
    Set<RoleRef> effective = effective(USERS, user.id(), user.username());
    List<String> groups = new ArrayList<>();
    for (Group group : client.userGroups(user)) {
      groups.add(group.path() != null ? group.path() : "/" + group.name());
    }
    return new RealmUser(user, direct, effective, groups, client.sessions(user));
  }

  private Set<RoleRef> direct(RoleMappings mappings) {
    Set<RoleRef> direct = new TreeSet<>();
    if (mappings.realmMappings() != null) {
      mappings.realmMappings().forEach(r -> direct.add(RoleRef.realm(r.name())));
    }
    if (mappings.clientMappings() != null) {
      mappings
          .clientMappings()
          .forEach(
              (clientId, roles) -> {
                if (roles.mappings() != null) {
                  roles.mappings().forEach(r -> direct.add(RoleRef.client(clientId, r.name())));
                }
              });
    }
    return direct;
  }

  private Set<RoleRef> effective(String holder, @Nullable String id, String item) {
    String holderId = String.valueOf(id);
    Set<RoleRef> effective =
        new TreeSet<>(refs(client.effectiveRealmRoles(holder, holderId, item)));
    for (Client c : clientsWithRoles) {
      effective.addAll(refs(client.effectiveClientRoles(holder, holderId, item, c)));
    }
    return effective;
  }

  private List<RoleRef> refs(Collection<Role> roles) {
    return roles.stream().map(this::ref).toList();
  }

  /** A client role's container is the client's UUID; tokens and grants name its clientId. */
  private RoleRef ref(Role role) {
    if (!Boolean.TRUE.equals(role.clientRole()) || role.containerId() == null) {
      return RoleRef.realm(role.name());
    }
    return RoleRef.client(
        clientIdByUuid.getOrDefault(role.containerId(), role.containerId()), role.name());
  }
}
