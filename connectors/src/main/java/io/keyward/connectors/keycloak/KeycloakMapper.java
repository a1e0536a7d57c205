package io.keyward.connectors.keycloak;

import io.keyward.connectors.MappedItems;
import io.keyward.connectors.Timestamps;
import io.keyward.connectors.keycloak.KeycloakWire.Client;
import io.keyward.connectors.keycloak.KeycloakWire.Event;
import io.keyward.connectors.keycloak.KeycloakWire.Session;
import io.keyward.connectors.keycloak.KeycloakWire.User;
import io.keyward.connectors.keycloak.RealmSnapshot.RealmClient;
import io.keyward.connectors.keycloak.RealmSnapshot.RealmGroup;
import io.keyward.connectors.keycloak.RealmSnapshot.RealmUser;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link RealmSnapshot} into the model, without I/O:
 *
 * <ul>
 *   <li>users are HUMAN, service-account users AGENT or SERVICE_ACCOUNT and clients APPLICATION
 *       (see {@link PrincipalRules}); groups are GROUP identities;
 *   <li>a confidential client's secret is a CLIENT_SECRET credential with its creation time only,
 *       and each user session a SESSION credential;
 *   <li>every effective role is a grant (see {@link RoleGrants}), privilege by {@link
 *       RolePrivileges};
 *   <li>group membership (and a subgroup's place in its parent) is a GROUP_MEMBERSHIP delegation; a
 *       client acting as its service-account user is an IMPERSONATION delegation.
 * </ul>
 */
final class KeycloakMapper {
  /** Keycloak's attributes for when a generated client secret was made and expires, epoch s. */
  static final String SECRET_CREATED = "client.secret.creation.time";

  static final String SECRET_EXPIRES = "client.secret.expiration.time";

  private static final Set<String> SECRET_AUTHENTICATORS =
      Set.of("client-secret", "client-secret-jwt");

  private final String sourceId;
  private final Instant now;

  /**
   * @param now when the sync ran: sessions past their end are EXPIRED
   */
  KeycloakMapper(String sourceId, Instant now) {
    this.sourceId = sourceId;
    this.now = now;
  }

  MappedItems map(RealmSnapshot realm) {
    return new Run(realm).map();
  }

  /** One mapping pass, holding the lookups its items cross-reference. */
  private final class Run {
    private final RealmSnapshot realm;
    private final RealmIds ids;
    private final Map<String, RealmGroup> groupsByPath = new HashMap<>();
    private final Map<String, String> identityByUuid = new HashMap<>();
    private final Map<String, String> identityByName = new HashMap<>();
    private final Map<String, String> sessionCredentials = new HashMap<>();
    private final Map<String, String> secretCredentials = new HashMap<>();
    private final Map<String, Client> clientsById = new HashMap<>();
    private final RoleGrants roleGrants;
    private final List<Identity> identities = new ArrayList<>();
    private final List<Credential> credentials = new ArrayList<>();
    private final List<Grant> grants = new ArrayList<>();
    private final List<Delegation> delegations = new ArrayList<>();

    Run(RealmSnapshot realm) {
      this.realm = realm;
      this.ids = new RealmIds(sourceId, realm.realm());
      this.roleGrants = new RoleGrants(ids, realm.roles());
      realm.groups().forEach(g -> groupsByPath.put(g.path(), g));
      for (RealmUser user : realm.users()) {
        remember(user.user());
      }
      for (RealmClient client : realm.clients()) {
        clientsById.put(client.client().clientId(), client.client());
        if (client.serviceAccount() != null) {
          remember(client.serviceAccount().user());
        }
      }
    }

    private void remember(User user) {
      String id = ids.user(user.username());
      identityByUuid.put(user.id(), id);
      identityByName.put(user.username().toLowerCase(Locale.ROOT), id);
      if (user.email() != null) {
        identityByName.putIfAbsent(user.email().toLowerCase(Locale.ROOT), id);
      }
    }

    MappedItems map() {
      Map<String, Instant> lastClientLogin = lastClientLogins(realm.events());
      for (RealmGroup group : realm.groups()) {
        mapGroup(group);
      }
      for (RealmUser user : realm.users()) {
        mapUser(user, null, PrincipalRules.person(user.user()));
      }
      for (RealmClient client : realm.clients()) {
        mapClient(client, lastClientLogin.get(client.client().clientId()));
      }
      var events =
          new RealmEventMapper(ids, identityByUuid, sessionCredentials, secretCredentials)
              .map(realm.events(), realm.adminEvents());
      return new MappedItems(
          identities, credentials, grants, delegations, resources(), List.of(), events, List.of());
    }

    private void mapGroup(RealmGroup group) {
      String id = ids.group(group.path());
      identities.add(
          new Identity(
              id,
              sourceId,
              group.path(),
              IdentityKind.GROUP,
              group.path().substring(group.path().lastIndexOf('/') + 1),
              null,
              IdentityStatus.ENABLED,
              null,
              null,
              "Keycloak group",
              Map.of("keycloak.path", group.path())));
      String parent = group.parentPath();
      List<RealmGroup> inherited = new ArrayList<>();
      if (parent != null) {
        delegations.add(membership(id, parent));
        RealmGroup parentGroup = groupsByPath.get(parent);
        if (parentGroup != null) {
          inherited.add(parentGroup);
        }
      }
      grants.addAll(roleGrants.of(id, group.directRoles(), group.effectiveRoles(), inherited));
    }

    private void mapUser(RealmUser realmUser, @Nullable Client client, PrincipalRules.Kind kind) {
      User user = realmUser.user();
      String id = ids.user(user.username());
      Map<String, String> tags = new TreeMap<>(PrincipalRules.userTags(user));
      if (client != null) {
        tags.putAll(PrincipalRules.clientTags(client));
        tags.put("keycloak.serviceAccountOf", client.clientId());
      }
      identities.add(
          new Identity(
              id,
              sourceId,
              user.id(),
              kind.kind(),
              user.username(),
              user.email(),
              Boolean.FALSE.equals(user.enabled())
                  ? IdentityStatus.DISABLED
                  : IdentityStatus.ENABLED,
              Timestamps.epochMillis(user.createdTimestamp()),
              kind.kind() == IdentityKind.HUMAN ? null : owner(id, client, user),
              kind.reason(),
              tags));
      for (Session session : realmUser.sessions()) {
        credentials.add(session(id, session));
      }
      List<RealmGroup> groups = new ArrayList<>();
      for (String path : realmUser.groupPaths()) {
        delegations.add(membership(id, path));
        RealmGroup group = groupsByPath.get(path);
        if (group != null) {
          groups.add(group);
        }
      }
      grants.addAll(roleGrants.of(id, realmUser.directRoles(), realmUser.effectiveRoles(), groups));
    }

    private void mapClient(RealmClient realmClient, @Nullable Instant lastLogin) {
      Client client = realmClient.client();
      String id = ids.client(client.clientId());
      PrincipalRules.Kind kind = PrincipalRules.client(client);
      Map<String, String> tags = new TreeMap<>(PrincipalRules.clientTags(client));
      putList(tags, "keycloak.defaultClientScopes", realmClient.defaultScopes());
      putList(tags, "keycloak.optionalClientScopes", realmClient.optionalScopes());
      if (client.clientAuthenticatorType() != null && !client.isPublic()) {
        tags.put("keycloak.clientAuthenticatorType", client.clientAuthenticatorType());
      }
      if (client.fullScopeAllowed() != null) {
        tags.put("keycloak.fullScopeAllowed", client.fullScopeAllowed().toString());
      }
      identities.add(
          new Identity(
              id,
              sourceId,
              client.id(),
              kind.kind(),
              client.clientId(),
              null,
              client.isEnabled() ? IdentityStatus.ENABLED : IdentityStatus.DISABLED,
              null,
              owner(id, client, null),
              kind.reason(),
              tags));
      if (holdsSecret(client)) {
        credentials.add(secret(id, client, realmClient.defaultScopes(), lastLogin));
      }
      RealmUser serviceAccount = realmClient.serviceAccount();
      if (serviceAccount != null) {
        mapUser(
            serviceAccount, client, PrincipalRules.serviceAccount(serviceAccount.user(), client));
        delegations.add(
            new Delegation(
                id + "#service-account",
                sourceId,
                id,
                ids.user(serviceAccount.user().username()),
                DelegationKind.IMPERSONATION,
                List.of(),
                "client_credentials grant as the client's service-account user",
                null));
      }
    }

    /** Confidential clients that log in with their secret; bearer-only ones never get tokens. */
    private boolean holdsSecret(Client client) {
      String authenticator =
          client.clientAuthenticatorType() == null
              ? "client-secret"
              : client.clientAuthenticatorType();
      return !client.isPublic()
          && !client.isBearerOnly()
          && SECRET_AUTHENTICATORS.contains(authenticator);
    }

    private Credential secret(
        String holder, Client client, List<String> scopes, @Nullable Instant lastLogin) {
      Instant created = Timestamps.epochSeconds(seconds(client.attribute(SECRET_CREATED)));
      Instant expires = Timestamps.epochSeconds(seconds(client.attribute(SECRET_EXPIRES)));
      CredentialStatus status;
      if (!client.isEnabled()) {
        status = CredentialStatus.INACTIVE;
      } else if (expires != null && !expires.isAfter(now)) {
        status = CredentialStatus.EXPIRED;
      } else {
        status = CredentialStatus.ACTIVE;
      }
      String credentialId = holder + "/secret";
      secretCredentials.put(client.clientId(), credentialId);
      return new Credential(
          credentialId,
          sourceId,
          holder,
          CredentialKind.CLIENT_SECRET,
          client.id() + "/client-secret",
          "client secret",
          status,
          created,
          expires,
          lastLogin,
          null,
          scopes);
    }

    private Credential session(String holder, Session session) {
      Instant expires = realm.sessionLimits().expiry(session);
      String id = holder + "/session/" + session.id();
      sessionCredentials.put(session.id(), id);
      List<String> clients =
          session.clients() == null
              ? List.of()
              : new TreeSet<>(session.clients().values()).stream().toList();
      return new Credential(
          id,
          sourceId,
          holder,
          CredentialKind.SESSION,
          session.id(),
          session.ipAddress() == null ? "session" : "session from " + session.ipAddress(),
          expires != null && !expires.isAfter(now)
              ? CredentialStatus.EXPIRED
              : CredentialStatus.ACTIVE,
          Timestamps.epochMillis(session.start()),
          expires,
          Timestamps.epochMillis(session.lastAccess()),
          null,
          clients);
    }

    private Delegation membership(String member, String groupPath) {
      String group = ids.group(groupPath);
      return new Delegation(
          member + "#member-of/" + groupPath.substring(1),
          sourceId,
          member,
          group,
          DelegationKind.GROUP_MEMBERSHIP,
          List.of(),
          null,
          null);
    }

    /**
     * The owner attribute as an identity id: a Keyward id ({@code entra:corp:user/erin}) as
     * written, else the realm user with that username or email, else a user of that name here.
     */
    private @Nullable String owner(String self, @Nullable Client client, @Nullable User user) {
      String value = PrincipalRules.owner(client, user);
      if (value == null) {
        return null;
      }
      String owner =
          value.contains(":")
              ? value
              : identityByName.getOrDefault(value.toLowerCase(Locale.ROOT), ids.user(value));
      return owner.equals(self) ? null : owner;
    }

    /** The API resources the granted client roles protect. */
    private List<Resource> resources() {
      List<Resource> resources = new ArrayList<>();
      for (String clientId : new TreeSet<>(roleGrants.apiClients())) {
        Client client = clientsById.get(clientId);
        boolean sensitive =
            client != null && "true".equalsIgnoreCase(client.attribute("keyward.sensitive"));
        resources.add(
            new Resource(
                ids.api(clientId),
                sourceId,
                clientId,
                ResourceKind.API,
                clientId + " API",
                null,
                sensitive));
      }
      return resources;
    }
  }

  /** The latest CLIENT_LOGIN per clientId: when each client secret was last used. */
  private static Map<String, Instant> lastClientLogins(List<Event> events) {
    Map<String, Instant> last = new HashMap<>();
    for (Event event : events) {
      if ("CLIENT_LOGIN".equals(event.type()) && event.clientId() != null) {
        Instant at = Instant.ofEpochMilli(event.time());
        last.merge(event.clientId(), at, (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    return last;
  }

  private static void putList(Map<String, String> tags, String key, List<String> values) {
    if (!values.isEmpty()) {
      tags.put(key, String.join(",", new TreeSet<>(values)));
    }
  }

  private static @Nullable Long seconds(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "client attribute time '" + value + "' is not epoch seconds");
    }
  }
}
