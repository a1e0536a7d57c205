package io.keyward.connectors.gcp;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Secret;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.http.BearerAuth;
import io.keyward.connectors.http.RequestAuth;
import io.keyward.connectors.http.SourceHttp;
import io.keyward.connectors.http.TokenEndpoint;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * How Keyward proves who it is to Google: a service-account key it signs token requests with, or an
 * access token someone already has ({@code gcloud auth print-access-token}).
 */
sealed interface GcpCredentials {
  String KEY_FILE_VARIABLE = "GOOGLE_APPLICATION_CREDENTIALS";
  String TOKEN_VARIABLE = "GOOGLE_OAUTH_ACCESS_TOKEN";

  /** Who the requests run as, for {@code sources test}; never a secret. */
  String principal();

  /**
   * Auth for one run's requests. Token requests go through {@code tokenHttp} and stop when {@code
   * cancellation} does.
   */
  RequestAuth auth(SourceHttp tokenHttp, Cancellation cancellation, Clock clock);

  /**
   * The first of: the profile's {@code credentialsFile}; {@code GOOGLE_OAUTH_ACCESS_TOKEN} (as
   * gcloud and Terraform take it, before a key); the key file {@code
   * GOOGLE_APPLICATION_CREDENTIALS} names; an access token from the prompt.
   *
   * @throws IllegalArgumentException when none is found or the key file is unusable
   */
  static GcpCredentials resolve(SourceProfile profile, ConnectEnvironment environment) {
    Optional<String> profileFile = profile.setting(GcpConnector.CREDENTIALS_FILE);
    if (profileFile.isPresent()) {
      return KeyFile.read(expandHome(profileFile.get(), environment.home()));
    }
    Optional<String> token = environment.variable(TOKEN_VARIABLE);
    if (token.isPresent()) {
      return new AccessTokenValue(Secret.of(token.get()), TOKEN_VARIABLE);
    }
    Optional<String> envFile = environment.variable(KEY_FILE_VARIABLE);
    if (envFile.isPresent()) {
      return KeyFile.read(expandHome(envFile.get(), environment.home()));
    }
    return environment
        .prompt()
        .ask(
            "Google Cloud access token for project "
                + profile.setting(GcpConnector.PROJECT_ID).orElse("?")
                + " (gcloud auth print-access-token)")
        .<GcpCredentials>map(secret -> new AccessTokenValue(secret, "the prompt"))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "source "
                        + profile.id()
                        + ": no Google credentials: set "
                        + KEY_FILE_VARIABLE
                        + " to a service-account key file, the profile setting "
                        + GcpConnector.CREDENTIALS_FILE
                        + ", or "
                        + TOKEN_VARIABLE));
  }

  private static Path expandHome(String path, Path home) {
    return path.startsWith("~/") ? home.resolve(path.substring(2)) : Path.of(path);
  }

  /** A service-account key: each token is a signed JWT traded at the key's token_uri. */
  record KeyFile(ServiceAccountKeyFile key) implements GcpCredentials {
    static KeyFile read(Path file) {
      return new KeyFile(ServiceAccountKeyFile.read(file));
    }

    @Override
    public String principal() {
      return "service account " + key.clientEmail();
    }

    @Override
    public RequestAuth auth(SourceHttp tokenHttp, Cancellation cancellation, Clock clock) {
      TokenEndpoint endpoint = new TokenEndpoint(tokenHttp, key.tokenUri(), clock);
      return new BearerAuth(
          () ->
              endpoint.request(
                  Map.of(
                      "grant_type",
                      JwtAssertion.GRANT_TYPE,
                      "assertion",
                      JwtAssertion.sign(key, clock.instant()).reveal()),
                  cancellation),
          clock);
    }
  }

  /** A token from outside: it cannot be renewed, so a 401 is final. */
  record AccessTokenValue(Secret token, String origin) implements GcpCredentials {
    @Override
    public String principal() {
      return "an access token from " + origin;
    }

    @Override
    public RequestAuth auth(SourceHttp tokenHttp, Cancellation cancellation, Clock clock) {
      return request ->
          request.newBuilder().header("Authorization", "Bearer " + token.reveal()).build();
    }
  }
}
