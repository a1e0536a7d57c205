package io.keyward.connectors.entra;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.ProfileSetting;
import io.keyward.connectors.SourceProfile;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Where the tenant lives and which app registration reads it. Tenant and client id fall back to the
 * variables the Azure SDKs read, so a shell set up for {@code az} or the SDKs needs no profile
 * settings.
 */
record EntraSettings(String tenantId, String clientId, HttpUrl loginUrl, HttpUrl graphUrl) {
  static final String TENANT_ID = "tenantId";
  static final String CLIENT_ID = "clientId";
  static final String LOGIN_URL = "loginUrl";
  static final String GRAPH_URL = "graphUrl";
  static final String TENANT_VARIABLE = "AZURE_TENANT_ID";
  static final String CLIENT_VARIABLE = "AZURE_CLIENT_ID";
  static final String DEFAULT_LOGIN_URL = "https://login.microsoftonline.com";
  static final String DEFAULT_GRAPH_URL = "https://graph.microsoft.com";

  static final List<ProfileSetting> SETTINGS =
      List.of(
          ProfileSetting.optional(
              TENANT_ID,
              "Tenant ID",
              "Directory (tenant) id or primary domain; defaults to " + TENANT_VARIABLE),
          ProfileSetting.optional(
              CLIENT_ID,
              "Client ID",
              "Application (client) id of the read-only sync app; defaults to " + CLIENT_VARIABLE),
          ProfileSetting.optional(
              LOGIN_URL,
              "Login URL",
              DEFAULT_LOGIN_URL,
              "Microsoft identity platform authority; change it for a national cloud"),
          ProfileSetting.optional(
              GRAPH_URL,
              "Graph URL",
              DEFAULT_GRAPH_URL,
              "Microsoft Graph root; change it for a national cloud"));

  static EntraSettings from(SourceProfile profile, ConnectEnvironment environment) {
    String tenant = fromProfileOrVariable(profile, environment, TENANT_ID, TENANT_VARIABLE);
    String client = fromProfileOrVariable(profile, environment, CLIENT_ID, CLIENT_VARIABLE);
    return new EntraSettings(
        tenant,
        client,
        url(profile, LOGIN_URL, DEFAULT_LOGIN_URL),
        url(profile, GRAPH_URL, DEFAULT_GRAPH_URL));
  }

  /** Where the cache says the source lives, from the profile alone. */
  static String location(SourceProfile profile) {
    String tenant = profile.setting(TENANT_ID).orElse("from " + TENANT_VARIABLE);
    return "tenant " + tenant + " on " + url(profile, GRAPH_URL, DEFAULT_GRAPH_URL);
  }

  /** {@code {loginUrl}/{tenant}/oauth2/v2.0/token}. */
  HttpUrl tokenUrl() {
    return loginUrl
        .newBuilder()
        .addPathSegment(tenantId)
        .addPathSegments("oauth2/v2.0/token")
        .build();
  }

  /** The client-credentials scope: every application permission granted on Graph. */
  String scope() {
    return root(graphUrl) + "/.default";
  }

  /** A Graph v1.0 URL for {@code pathAndQuery}, e.g. {@code /users?$top=999}. */
  HttpUrl v1(String pathAndQuery) {
    return HttpUrl.get(root(graphUrl) + "/v1.0" + pathAndQuery);
  }

  /** A Graph beta URL, for what v1.0 does not have yet (service principal sign-ins). */
  HttpUrl beta(String pathAndQuery) {
    return HttpUrl.get(root(graphUrl) + "/beta" + pathAndQuery);
  }

  private static String fromProfileOrVariable(
      SourceProfile profile, ConnectEnvironment environment, String key, String variable) {
    return profile
        .setting(key)
        .or(() -> environment.variable(variable))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "source "
                        + profile.id()
                        + " needs the setting '"
                        + key
                        + "' or the variable "
                        + variable));
  }

  private static HttpUrl url(SourceProfile profile, String key, String fallback) {
    String value = profile.setting(key).orElse(fallback);
    HttpUrl url = HttpUrl.parse(value);
    if (url == null) {
      throw new IllegalArgumentException(
          "source " + profile.id() + ": setting '" + key + "' is not an http(s) URL: " + value);
    }
    return url;
  }

  private static String root(HttpUrl url) {
    String text = url.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
