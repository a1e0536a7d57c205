package io.keyward.connectors.gcp;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.http.HttpTuning;
import io.keyward.connectors.http.JsonCalls;
import java.time.Clock;
import okhttp3.HttpUrl;

/**
 * The IAM and Resource Manager APIs as revokers call them: one request at a time, with the
 * profile's credentials.
 */
record GcpApi(JsonCalls calls, HttpUrl iamUrl, HttpUrl resourceManagerUrl, HttpTuning tuning) {
  static GcpApi open(SourceProfile profile, ConnectEnvironment environment) {
    return new GcpApi(
        new JsonCalls(
            GcpConnection.http(
                profile.id(),
                GcpCredentials.resolve(profile, environment),
                environment.http(),
                Clock.systemUTC(),
                new Cancellation()),
            new Cancellation()),
        GcpConnector.url(profile, GcpConnector.IAM_URL, GcpConnector.DEFAULT_IAM_URL),
        GcpConnector.url(
            profile, GcpConnector.RESOURCE_MANAGER_URL, GcpConnector.DEFAULT_RESOURCE_MANAGER_URL),
        environment.http());
  }

  /** {@code {iam}/v1/{resource}}, the resource being e.g. {@code projects/p/serviceAccounts/e}. */
  HttpUrl iam(String resource) {
    return iamUrl.newBuilder().addPathSegment("v1").addPathSegments(resource).build();
  }

  HttpUrl resourceManager(String resource) {
    return resourceManagerUrl.newBuilder().addPathSegment("v1").addPathSegments(resource).build();
  }
}
