package io.keyward.connectors.keycloak;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Just enough of the Admin REST API to set up a realm for a test: create, read, map and delete as
 * the bootstrap admin, and log users and clients in to make sessions and events.
 */
final class KeycloakAdmin {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType JSON_TYPE = MediaType.get("application/json");

  private final OkHttpClient http = new OkHttpClient();
  private final String url;
  private String token = "";
  private long tokenAt;

  KeycloakAdmin(String url) {
    this.url = url;
  }

  /** POSTs {@code body} and returns the new item's id from the Location header. */
  String create(String path, Object body) {
    try (Response response = send("POST", path, body)) {
      String location = response.header("Location");
      return location == null ? "" : location.substring(location.lastIndexOf('/') + 1);
    }
  }

  void post(String path, Object body) {
    send("POST", path, body).close();
  }

  void put(String path, Object body) {
    send("PUT", path, body).close();
  }

  void delete(String path) {
    send("DELETE", path, null).close();
  }

  JsonNode get(String path) {
    try (Response response = send("GET", path, null)) {
      return JSON.readTree(response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The id of the client {@code clientId} in {@code realm}. */
  String clientUuid(String realm, String clientId) {
    return get("/admin/realms/" + realm + "/clients?clientId=" + clientId)
        .get(0)
        .get("id")
        .asText();
  }

  /** A role's representation, as role-mapping endpoints take it. */
  JsonNode realmRole(String realm, String name) {
    return get("/admin/realms/" + realm + "/roles/" + name);
  }

  JsonNode clientRole(String realm, String clientId, String name) {
    return get(
        "/admin/realms/" + realm + "/clients/" + clientUuid(realm, clientId) + "/roles/" + name);
  }

  /**
   * Asks {@code realm}'s token endpoint for a token with {@code form}; returns the HTTP status, so
   * a failed login (an event too) is as easy as a good one.
   */
  int login(String realm, Map<String, String> form) {
    FormBody.Builder body = new FormBody.Builder();
    form.forEach(body::add);
    Request request =
        new Request.Builder()
            .url(url + "/realms/" + realm + "/protocol/openid-connect/token")
            .post(body.build())
            .build();
    try (Response response = http.newCall(request).execute()) {
      return response.code();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Response send(String method, String path, Object body) {
    RequestBody requestBody = null;
    if (body != null) {
      try {
        requestBody = RequestBody.create(JSON.writeValueAsString(body), JSON_TYPE);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(e);
      }
    }
    Request request =
        new Request.Builder()
            .url(url + path)
            .header("Authorization", "Bearer " + token())
            .method(method, requestBody)
            .build();
    try {
      Response response = http.newCall(request).execute();
      if (!response.isSuccessful()) {
        String text = response.body().string();
        response.close();
        throw new IllegalStateException(
            method + " " + path + ": HTTP " + response.code() + " " + text);
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bootstrap admin's token; master tokens live 60 s, so a fresh one every 30 s. */
  private String token() {
    if (token.isEmpty() || System.nanoTime() - tokenAt > 30_000_000_000L) {
      Request request =
          new Request.Builder()
              .url(url + "/realms/master/protocol/openid-connect/token")
              .post(
                  new FormBody.Builder()
                      .add("grant_type", "password")
                      .add("client_id", "admin-cli")
                      .add("username", KeycloakServer.ADMIN)
                      .add("password", KeycloakServer.ADMIN_PASSWORD)
                      .build())
              .build();
      try (Response response = http.newCall(request).execute()) {
        token = JSON.readTree(response.body().string()).get("access_token").asText();
        tokenAt = System.nanoTime();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return token;
  }
}
