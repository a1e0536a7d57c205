package io.keyward.connectors.entra;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.http.JsonCalls;
import java.time.Clock;
import okhttp3.HttpUrl;

/** Microsoft Graph as revokers call it: one request at a time, with the profile's app token. */
record GraphApi(JsonCalls calls, EntraSettings settings) {
  static GraphApi open(SourceProfile profile, ConnectEnvironment environment) {
    EntraSettings settings = EntraSettings.from(profile, environment);
    Cancellation cancellation = new Cancellation();
    return new GraphApi(
        new JsonCalls(
            GraphClient.http(
                profile.id(),
                settings,
                EntraCredential.resolve(settings, environment),
                environment.http(),
                Clock.systemUTC(),
                cancellation),
            cancellation),
        settings);
  }

  /** {@code /v1.0} + {@code pathAndQuery}, e.g. {@code /users/{id}?$select=accountEnabled}. */
  HttpUrl url(String pathAndQuery) {
    return settings.v1(pathAndQuery);
  }
}
