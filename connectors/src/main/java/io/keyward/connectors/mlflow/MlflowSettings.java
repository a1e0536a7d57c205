package io.keyward.connectors.mlflow;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Secret;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.http.HeaderAuth;
import io.keyward.connectors.http.RequestAuth;
import okhttp3.HttpUrl;

/**
 * Where an MLflow server is and how to sign in, as MLflow's own client does: a bearer token from
 * {@code MLFLOW_TRACKING_TOKEN} (Databricks, proxies), else basic auth from {@code
 * MLFLOW_TRACKING_USERNAME} and {@code MLFLOW_TRACKING_PASSWORD} (the basic-auth app), else no auth
 * (a server without auth, as MLflow starts by default).
 */
record MlflowSettings(HttpUrl url) {
  static final String URL = "url";
  static final String TOKEN_VARIABLE = "MLFLOW_TRACKING_TOKEN";
  static final String USERNAME_VARIABLE = "MLFLOW_TRACKING_USERNAME";
  static final String PASSWORD_VARIABLE = "MLFLOW_TRACKING_PASSWORD";

  static MlflowSettings of(SourceProfile profile) {
    String url = profile.require(URL);
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException(
          "source " + profile.id() + ": url '" + url + "' is not an http(s) URL");
    }
    return new MlflowSettings(parsed);
  }

  /** The credentials the environment gives, and how they read in {@code sources test}. */
  record Login(RequestAuth auth, String who) {}

  static Login login(ConnectEnvironment environment) {
    var token = environment.variable(TOKEN_VARIABLE);
    if (token.isPresent()) {
      return new Login(HeaderAuth.bearer(Secret.of(token.get())), "a token");
    }
    var user = environment.variable(USERNAME_VARIABLE);
    if (user.isPresent()) {
      Secret password =
          environment
              .secret(PASSWORD_VARIABLE, "MLflow password for " + user.get())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          USERNAME_VARIABLE + " is set but " + PASSWORD_VARIABLE + " is not"));
      return new Login(HeaderAuth.basic(user.get(), password), "user " + user.get());
    }
    return new Login(RequestAuth.NONE, "no credentials");
  }
}
