package io.keyward.connectors.keycloak;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.keyward.connectors.FileImport;
import io.keyward.connectors.MappedItems;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.SyncContext;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.keycloak.KeycloakWire.Client;
import io.keyward.connectors.keycloak.KeycloakWire.Group;
import io.keyward.connectors.keycloak.KeycloakWire.Realm;
import io.keyward.connectors.keycloak.KeycloakWire.Role;
import io.keyward.connectors.keycloak.KeycloakWire.User;
import io.keyward.connectors.keycloak.RealmSnapshot.RealmClient;
import io.keyward.connectors.keycloak.RealmSnapshot.RealmGroup;
import io.keyward.connectors.keycloak.RealmSnapshot.RealmUser;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A realm export ({@code kc.sh export --realm R --users realm_file --file R.json}, or the admin
 * console's partial export): users with their direct roles and groups, clients, roles with their
 * composites, groups. Effective roles are expanded here, as the export holds only direct mappings.
 * User credentials and client secrets in the file are never read into memory as fields.
 */
final class RealmExportImport implements FileImport {
  static final String NAME = "keycloak-realm";

  private final Clock clock;

  RealmExportImport(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public SourceKind kind() {
    return SourceKind.KEYCLOAK;
  }

  @Override
  public String description() {
    return "Keycloak realm export JSON (kc.sh export --users realm_file, or the admin console's"
        + " partial export)";
  }

  @Override
  public void read(Path file, @Nullable String sourceId, SyncContext context) {
    context.phase("reading " + file.getFileName());
    Realm realm = parse(file, sourceId == null ? NAME : sourceId);
    String id = sourceId != null ? sourceId : "keycloak:" + idPart(realm.realm());
    RealmSnapshot snapshot = snapshot(realm);
    MappedItems items = new KeycloakMapper(id, clock.instant()).map(snapshot);
    Source source =
        new Source(
            id,
            SourceKind.KEYCLOAK,
            "Keycloak realm " + realm.realm(),
            "realm export " + file.toAbsolutePath());
    context.load(source, items::writeTo);
  }

  private static Realm parse(Path file, String label) {
    Realm realm;
    try {
      realm = WireJson.MAPPER.readValue(Files.readString(file), Realm.class);
    } catch (JsonProcessingException e) {
      throw new SourceException(
          label, file.toString(), null, "malformed realm export: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new SourceException(label, file.toString(), null, "cannot read the file: " + e, e);
    }
    if (realm == null || realm.realm() == null || realm.realm().isBlank()) {
      throw new SourceException(
          label, file.toString(), null, "not a realm export: it has no \"realm\" name");
    }
    return realm;
  }

  /** A realm name as a source id part: lower case, anything unusual as a dash. */
  private static String idPart(String realm) {
    return realm.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
  }

  static RealmSnapshot snapshot(Realm realm) {
    RoleGraph roles = roleGraph(realm);
    List<RealmGroup> groups = new ArrayList<>();
    for (Group group : orEmpty(realm.groups())) {
      addGroup(group, "", Set.of(), roles, groups);
    }
    Map<String, RealmGroup> groupsByPath = new HashMap<>();
    groups.forEach(g -> groupsByPath.put(g.path(), g));
    List<RealmUser> people = new ArrayList<>();
    Map<String, RealmUser> serviceAccounts = new HashMap<>();
    for (User user : orEmpty(realm.users())) {
      RealmUser realmUser = principal(user, roles, groupsByPath);
      if (user.serviceAccountClientId() == null) {
        people.add(realmUser);
      } else {
        serviceAccounts.put(user.serviceAccountClientId(), realmUser);
      }
    }
    List<RealmClient> clients = new ArrayList<>();
    for (Client client : orEmpty(realm.clients())) {
      clients.add(
          new RealmClient(
              client,
              orEmpty(client.defaultClientScopes()),
              orEmpty(client.optionalClientScopes()),
              serviceAccounts.get(client.clientId())));
    }
    return new RealmSnapshot(
        realm.realm(), realm.sessionLimits(), people, clients, groups, roles, List.of(), List.of());
  }

  private static RoleGraph roleGraph(Realm realm) {
    Map<RoleRef, List<RoleRef>> parts = new HashMap<>();
    if (realm.roles() != null) {
      for (Role role : orEmpty(realm.roles().realm())) {
        addParts(RoleRef.realm(role.name()), role, parts);
      }
      if (realm.roles().client() != null) {
        realm
            .roles()
            .client()
            .forEach(
                (clientId, defined) -> {
                  for (Role role : orEmpty(defined)) {
                    addParts(RoleRef.client(clientId, role.name()), role, parts);
                  }
                });
      }
    }
    return new RoleGraph(parts);
  }

  private static void addParts(RoleRef role, Role defined, Map<RoleRef, List<RoleRef>> parts) {
    if (defined.composites() != null) {
      parts.put(role, roleRefs(defined.composites().realm(), defined.composites().client()));
    }
  }

  private static void addGroup(
      Group group,
      String parentPath,
      Set<RoleRef> inherited,
      RoleGraph roles,
      List<RealmGroup> into) {
    String path = group.path() != null ? group.path() : parentPath + "/" + group.name();
    List<RoleRef> direct = roleRefs(group.realmRoles(), group.clientRoles());
    Set<RoleRef> effective = new TreeSet<>(roles.expand(direct));
    effective.addAll(inherited);
    into.add(new RealmGroup(path, new TreeSet<>(direct), effective));
    for (Group child : orEmpty(group.subGroups())) {
      addGroup(child, path, effective, roles, into);
    }
  }

  private static RealmUser principal(User user, RoleGraph roles, Map<String, RealmGroup> groups) {
    List<RoleRef> direct = roleRefs(user.realmRoles(), user.clientRoles());
    Set<RoleRef> effective = new TreeSet<>(roles.expand(direct));
    List<String> paths = orEmpty(user.groups());
    for (String path : paths) {
      RealmGroup group = groups.get(path);
      if (group != null) {
        effective.addAll(group.effectiveRoles());
      }
    }
    return new RealmUser(user, new TreeSet<>(direct), effective, paths, List.of());
  }

  private static List<RoleRef> roleRefs(
      @Nullable List<String> realmRoles, @Nullable Map<String, List<String>> clientRoles) {
    List<RoleRef> refs = new ArrayList<>();
    orEmpty(realmRoles).forEach(name -> refs.add(RoleRef.realm(name)));
    if (clientRoles != null) {
      clientRoles.forEach(
          (clientId, names) -> orEmpty(names).forEach(n -> refs.add(RoleRef.client(clientId, n))));
    }
    return refs;
  }

  private static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }
}
