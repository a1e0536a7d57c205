package io.keyward.connectors.keycloak;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.Cancellation;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.http.BearerAuth;
import io.keyward.connectors.http.HttpReply;
import io.keyward.connectors.http.SourceHttp;
import io.keyward.connectors.http.TokenEndpoint;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.keycloak.KeycloakWire.AdminEvent;
import io.keyward.connectors.keycloak.KeycloakWire.Client;
import io.keyward.connectors.keycloak.KeycloakWire.ClientScope;
import io.keyward.connectors.keycloak.KeycloakWire.Event;
import io.keyward.connectors.keycloak.KeycloakWire.EventsConfig;
import io.keyward.connectors.keycloak.KeycloakWire.Group;
import io.keyward.connectors.keycloak.KeycloakWire.Realm;
import io.keyward.connectors.keycloak.KeycloakWire.Role;
import io.keyward.connectors.keycloak.KeycloakWire.RoleMappings;
import io.keyward.connectors.keycloak.KeycloakWire.Session;
import io.keyward.connectors.keycloak.KeycloakWire.User;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * The Admin REST API of one realm ({@code {url}/admin/realms/{realm}}): the reads sync needs, and
 * the generic {@link #tree}/{@link #send} revocation uses for its few writes. Lists page with
 * {@code first}/{@code max} and end on a short page, as Keycloak sends no "more" flag.
 */
final class KeycloakClient {
  static final int PAGE_SIZE = 100;
  private static final MediaType JSON = MediaType.get("application/json");

  private final SourceHttp http;
  private final HttpUrl realmUrl;
  private final int pageSize;
  private final Cancellation cancellation;

  KeycloakClient(SourceHttp http, HttpUrl realmUrl, int pageSize, Cancellation cancellation) {
    this.http = http;
    this.realmUrl = realmUrl;
    this.pageSize = pageSize;
    this.cancellation = cancellation;
  }

  /** A client that logs in as {@code login} on first use and again when the token runs out. */
  static KeycloakClient open(
      String sourceId,
      KeycloakSettings settings,
      KeycloakLogin login,
      ConnectEnvironment environment,
      int pageSize,
      Cancellation cancellation) {
    Clock clock = Clock.systemUTC();
    BearerAuth auth =
        TokenEndpoint.bearer(
            environment.http(),
            sourceId,
            settings.tokenUrl(login),
            clock,
            login::form,
            cancellation);
    SourceHttp http =
        environment
            .http()
            .builder(sourceId)
            .auth(auth)
            .rules(new KeycloakReplyRules())
            .clock(clock)
            .build();
    return new KeycloakClient(http, settings.adminRealmUrl(), pageSize, cancellation);
  }

  Realm realm() {
    return get(realmUrl, Realm.class, null);
  }

  long userCount() {
    return get(url("users", "count"), Long.class, null);
  }

  List<User> users(LongConsumer progress) {
    return pages(
        url("users").newBuilder().addQueryParameter("briefRepresentation", "false"),
        User[].class,
        null,
        Integer.MAX_VALUE,
        progress);
  }

  List<Client> clients(LongConsumer progress) {
    return pages(url("clients").newBuilder(), Client[].class, null, Integer.MAX_VALUE, progress);
  }

  User serviceAccountUser(Client client) {
    return get(url("clients", client.id(), "service-account-user"), User.class, client.clientId());
  }

  /**
   * @param which {@code default} or {@code optional}
   */
  List<String> clientScopes(Client client, String which) {
    ClientScope[] scopes =
        get(
            url("clients", client.id(), which + "-client-scopes"),
            ClientScope[].class,
            client.clientId());
    return Arrays.stream(scopes).map(ClientScope::name).toList();
  }

  List<Role> realmRoles() {
    return pages(
        url("roles").newBuilder().addQueryParameter("briefRepresentation", "false"),
        Role[].class,
        null,
        Integer.MAX_VALUE,
        n -> {});
  }

  List<Role> clientRoles(Client client) {
    return pages(
        url("clients", client.id(), "roles")
            .newBuilder()
            .addQueryParameter("briefRepresentation", "false"),
        Role[].class,
        client.clientId(),
        Integer.MAX_VALUE,
        n -> {});
  }

  /** The roles a composite role contains directly. */
  List<Role> composites(Role role) {
    return List.of(get(url("roles-by-id", role.id(), "composites"), Role[].class, role.name()));
  }

  List<Group> topGroups(LongConsumer progress) {
    return pages(
        url("groups").newBuilder().addQueryParameter("briefRepresentation", "false"),
        Group[].class,
        null,
        Integer.MAX_VALUE,
        progress);
  }

  List<Group> subGroups(Group group) {
    return pages(
        url("groups", group.id(), "children")
            .newBuilder()
            .addQueryParameter("briefRepresentation", "false"),
        Group[].class,
        group.path(),
        Integer.MAX_VALUE,
        n -> {});
  }

  /** Groups the user is a direct member of. */
  List<Group> userGroups(User user) {
    return pages(
        url("users", user.id(), "groups").newBuilder(),
        Group[].class,
        user.username(),
        Integer.MAX_VALUE,
        n -> {});
  }

  /**
   * Roles mapped directly to a user or group.
   *
   * @param holder {@code users} or {@code groups}
   */
  RoleMappings roleMappings(String holder, String id, String item) {
    return get(url(holder, id, "role-mappings"), RoleMappings.class, item);
  }

  /** Realm roles a user or group holds in effect: direct, from groups, through composites. */
  List<Role> effectiveRealmRoles(String holder, String id, String item) {
    return List.of(get(url(holder, id, "role-mappings", "realm", "composite"), Role[].class, item));
  }

  /** Roles of {@code client} a user or group holds in effect. */
  List<Role> effectiveClientRoles(String holder, String id, String item, Client client) {
    return List.of(
        get(
            url(holder, id, "role-mappings", "clients", client.id(), "composite"),
            Role[].class,
            item));
  }

  List<Session> sessions(User user) {
    return List.of(get(url("users", user.id(), "sessions"), Session[].class, user.username()));
  }

  EventsConfig eventsConfig() {
    return get(url("events", "config"), EventsConfig.class, null);
  }

  /** The newest login events, at most {@code limit}. */
  List<Event> events(int limit, LongConsumer progress) {
    return pages(url("events").newBuilder(), Event[].class, null, limit, progress);
  }

  /** The newest admin events, at most {@code limit}. */
  List<AdminEvent> adminEvents(int limit, LongConsumer progress) {
    return pages(url("admin-events").newBuilder(), AdminEvent[].class, null, limit, progress);
  }

  /** The internal id of the client {@code clientId}. */
  String clientUuid(String clientId, String item) {
    HttpUrl url = url("clients").newBuilder().addQueryParameter("clientId", clientId).build();
    Client[] found = get(url, Client[].class, item);
    if (found.length == 0) {
      throw new SourceException(
          http.source(), "GET " + url.encodedPath(), item, "no client " + clientId);
    }
    return found[0].id();
  }

  /** Any item of the realm as a JSON tree, for read-modify-write and verification. */
  JsonNode tree(String item, String... path) {
    HttpUrl url = url(path);
    Request request = new Request.Builder().url(url).get().build();
    String endpoint = "GET " + url.encodedPath();
    return WireJson.read(
        http.send(endpoint, request, item, cancellation).body(),
        JsonNode.class,
        http.source(),
        endpoint,
        item);
  }

  /**
   * A write: {@code method} on {@code path} with {@code json} as the body (none when null).
   *
   * @return the reply; may hold a secret (a regenerated client secret), so callers read only what
   *     they need from it and never log it
   */
  HttpReply send(String method, @Nullable Object json, String item, String... path) {
    HttpUrl url = url(path);
    RequestBody body = null;
    if (json != null) {
      try {
        body = RequestBody.create(WireJson.MAPPER.writeValueAsString(json), JSON);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("cannot write the request for " + item, e);
      }
    } else if (!method.equals("GET") && !method.equals("DELETE")) {
      body = RequestBody.create(new byte[0], null);
    }
    Request request = new Request.Builder().url(url).method(method, body).build();
    return http.send(method + " " + url.encodedPath(), request, item, cancellation);
  }

  private HttpUrl url(@Nullable String... segments) {
    HttpUrl.Builder url = realmUrl.newBuilder();
    for (String segment : segments) {
      url.addPathSegment(String.valueOf(segment));
    }
    return url.build();
  }

  private <T> T get(HttpUrl url, Class<T> type, @Nullable String item) {
    Request request = new Request.Builder().url(url).get().build();
    String endpoint = "GET " + url.encodedPath();
    HttpReply reply = http.send(endpoint, request, item, cancellation);
    return WireJson.read(reply.body(), type, http.source(), endpoint, item);
  }

  /** Reads pages until one comes back shorter than asked for, or {@code limit} items are in. */
  private <T> List<T> pages(
      HttpUrl.Builder base,
      Class<T[]> type,
      @Nullable String item,
      int limit,
      LongConsumer progress) {
    List<T> all = new ArrayList<>();
    while (all.size() < limit) {
      int max = Math.min(pageSize, limit - all.size());
      HttpUrl url =
          base.build()
              .newBuilder()
              .addQueryParameter("first", Integer.toString(all.size()))
              .addQueryParameter("max", Integer.toString(max))
              .build();
      List<T> page = List.of(get(url, type, item));
      all.addAll(page);
      progress.accept(page.size());
      if (page.size() != max) {
        // Short: the last page. Longer: the server ignored max and sent everything at once.
        break;
      }
    }
    return all;
  }
}
