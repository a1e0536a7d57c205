package io.keyward.connectors.keycloak;

import io.keyward.connectors.keycloak.KeycloakWire.AdminEvent;
import io.keyward.connectors.keycloak.KeycloakWire.Client;
import io.keyward.connectors.keycloak.KeycloakWire.Event;
import io.keyward.connectors.keycloak.KeycloakWire.Session;
import io.keyward.connectors.keycloak.KeycloakWire.User;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One realm as read, whether over the Admin API or from an export: what {@link KeycloakMapper}
 * turns into the model. Role sets are already resolved to {@link RoleRef}s.
 */
record RealmSnapshot(
    String realm,
    SessionLimits sessionLimits,
    List<RealmUser> users,
    List<RealmClient> clients,
    List<RealmGroup> groups,
    RoleGraph roles,
    List<Event> events,
    List<AdminEvent> adminEvents) {

  RealmSnapshot {
    users = List.copyOf(users);
    clients = List.copyOf(clients);
    groups = List.copyOf(groups);
    events = List.copyOf(events);
    adminEvents = List.copyOf(adminEvents);
  }

  /**
   * A user (a person, or a client's service-account user) with the roles mapped to it directly, the
   * roles it holds in effect (direct, from groups, through composites) and the paths of the groups
   * it is a direct member of.
   */
  record RealmUser(
      User user,
      Set<RoleRef> directRoles,
      Set<RoleRef> effectiveRoles,
      List<String> groupPaths,
      List<Session> sessions) {
    RealmUser {
      directRoles = Set.copyOf(directRoles);
      effectiveRoles = Set.copyOf(effectiveRoles);
      groupPaths = List.copyOf(groupPaths);
      sessions = List.copyOf(sessions);
    }
  }

  /** A client with its default and optional client scopes and its service-account user. */
  record RealmClient(
      Client client,
      List<String> defaultScopes,
      List<String> optionalScopes,
      @Nullable RealmUser serviceAccount) {
    RealmClient {
      defaultScopes = List.copyOf(defaultScopes);
      optionalScopes = List.copyOf(optionalScopes);
    }
  }

  /**
   * A group by its path ({@code /support/tier2}); its effective roles include its parents', as
   * Keycloak hands a parent's roles down to subgroups.
   */
  record RealmGroup(String path, Set<RoleRef> directRoles, Set<RoleRef> effectiveRoles) {
    RealmGroup {
      directRoles = Set.copyOf(directRoles);
      effectiveRoles = Set.copyOf(effectiveRoles);
    }

    /** The parent's path, or null for a top-level group. */
    @Nullable String parentPath() {
      int slash = path.lastIndexOf('/');
      return slash <= 0 ? null : path.substring(0, slash);
    }
  }

  /**
   * The realm's SSO session timeouts in seconds; a session ends at whichever comes first, its
   * maximum lifespan or its idle timeout. Remember-me sessions use their own values when set.
   */
  record SessionLimits(
      @Nullable Long idleSeconds,
      @Nullable Long maxSeconds,
      @Nullable Long rememberMeIdleSeconds,
      @Nullable Long rememberMeMaxSeconds) {
    static final SessionLimits UNKNOWN = new SessionLimits(null, null, null, null);

    /** When {@code session} ends unless used again, or null when the limits are not known. */
    @Nullable Instant expiry(Session session) {
      boolean rememberMe = Boolean.TRUE.equals(session.rememberMe());
      Long idle =
          rememberMe && positive(rememberMeIdleSeconds) ? rememberMeIdleSeconds : idleSeconds;
      Long max = rememberMe && positive(rememberMeMaxSeconds) ? rememberMeMaxSeconds : maxSeconds;
      Instant end = null;
      if (positive(max) && session.start() != null && session.start() > 0) {
        end = Instant.ofEpochMilli(session.start()).plusSeconds(max);
      }
      if (positive(idle) && session.lastAccess() != null && session.lastAccess() > 0) {
        Instant idleEnd = Instant.ofEpochMilli(session.lastAccess()).plusSeconds(idle);
        end = end == null || idleEnd.isBefore(end) ? idleEnd : end;
      }
      return end;
    }

    private static boolean positive(@Nullable Long seconds) {
      return seconds != null && seconds > 0;
    }
  }
}
