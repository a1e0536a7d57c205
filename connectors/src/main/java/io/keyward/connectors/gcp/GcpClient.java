package io.keyward.connectors.gcp;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.SyncContext;
import io.keyward.connectors.gcp.GcpWire.Key;
import io.keyward.connectors.gcp.GcpWire.KeyList;
import io.keyward.connectors.gcp.GcpWire.Policy;
import io.keyward.connectors.gcp.GcpWire.ServiceAccount;
import io.keyward.connectors.gcp.GcpWire.ServiceAccountPage;
import io.keyward.connectors.http.HttpReply;
import io.keyward.connectors.http.SourceHttp;
import io.keyward.connectors.http.WireJson;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/** The IAM and Resource Manager requests a sync makes, one method per endpoint. HTTP only. */
final class GcpClient {
  static final int PAGE_SIZE = 100;
  private static final MediaType JSON = MediaType.get("application/json");

  /** Conditional bindings come back intact only at version 3; lower versions alter them. */
  private static final String POLICY_OPTIONS = "{\"options\":{\"requestedPolicyVersion\":3}}";

  private final SourceHttp http;
  private final HttpUrl iamUrl;
  private final HttpUrl resourceManagerUrl;
  private final String project;

  GcpClient(SourceHttp http, HttpUrl iamUrl, HttpUrl resourceManagerUrl, String project) {
    this.http = http;
    this.iamUrl = iamUrl;
    this.resourceManagerUrl = resourceManagerUrl;
    this.project = project;
  }

  /** Every service account of the project, following {@code nextPageToken} to the end. */
  List<ServiceAccount> serviceAccounts(SyncContext context) {
    List<ServiceAccount> accounts = new ArrayList<>();
    String pageToken = null;
    int page = 0;
    do {
      context.checkCancelled();
      page++;
      ServiceAccountPage reply =
          serviceAccountPage(PAGE_SIZE, pageToken, "page " + page, context.cancellation());
      for (ServiceAccount account : reply.accounts()) {
        if (account.email() == null || account.email().isBlank()) {
          throw new SourceException(
              http.source(),
              "GET " + serviceAccountsUrl().build().encodedPath(),
              "page " + page,
              "a service account has no email: " + account.name());
        }
        accounts.add(account);
      }
      context.advance(reply.accounts().size());
      pageToken = reply.nextPageToken();
    } while (pageToken != null && !pageToken.isEmpty());
    return accounts;
  }

  private HttpUrl.Builder serviceAccountsUrl() {
    return iamUrl
        .newBuilder()
        .addPathSegments("v1/projects")
        .addPathSegment(project)
        .addPathSegment("serviceAccounts");
  }

  /** The first page of one account: proves the credentials can list the project's accounts. */
  ServiceAccountPage firstServiceAccounts(Cancellation cancellation) {
    return serviceAccountPage(1, null, "page 1", cancellation);
  }

  private ServiceAccountPage serviceAccountPage(
      int size, @Nullable String pageToken, String item, Cancellation cancellation) {
    HttpUrl.Builder url =
        serviceAccountsUrl().addQueryParameter("pageSize", Integer.toString(size));
    if (pageToken != null) {
      url.addQueryParameter("pageToken", pageToken);
    }
    return get(url.build(), item, cancellation, ServiceAccountPage.class);
  }

  /** The account's user-managed keys; system-managed ones rotate on their own and cannot leak. */
  List<Key> userManagedKeys(ServiceAccount account, Cancellation cancellation) {
    HttpUrl url =
        accountUrl(account)
            .addPathSegment("keys")
            .addQueryParameter("keyTypes", "USER_MANAGED")
            .build();
    return get(url, account.email(), cancellation, KeyList.class).keys();
  }

  /** Who may act as or administer the account: its own policy, not the project's. */
  Policy serviceAccountPolicy(ServiceAccount account, Cancellation cancellation) {
    // This method takes its options as a query parameter and an empty body.
    HttpUrl url =
        iamUrl
            .newBuilder()
            .addPathSegment("v1")
            .addPathSegments(accountName(account) + ":getIamPolicy")
            .addQueryParameter("options.requestedPolicyVersion", "3")
            .build();
    return post(url, "", account.email(), cancellation, Policy.class);
  }

  Policy projectPolicy(Cancellation cancellation) {
    HttpUrl url =
        resourceManagerUrl
            .newBuilder()
            .addPathSegments("v1/projects")
            .addPathSegment(project + ":getIamPolicy")
            .build();
    return post(url, POLICY_OPTIONS, "project " + project, cancellation, Policy.class);
  }

  private HttpUrl.Builder accountUrl(ServiceAccount account) {
    return iamUrl.newBuilder().addPathSegment("v1").addPathSegments(accountName(account));
  }

  /** {@code projects/{p}/serviceAccounts/{email}}, from the reply or built from the email. */
  private String accountName(ServiceAccount account) {
    String name = account.name();
    return name != null && !name.isBlank()
        ? name
        : "projects/" + project + "/serviceAccounts/" + account.email();
  }

  private <T> T get(HttpUrl url, @Nullable String item, Cancellation cancellation, Class<T> type) {
    return read(new Request.Builder().url(url).get().build(), item, cancellation, type);
  }

  private <T> T post(
      HttpUrl url, String body, @Nullable String item, Cancellation cancellation, Class<T> type) {
    Request request = new Request.Builder().url(url).post(RequestBody.create(body, JSON)).build();
    return read(request, item, cancellation, type);
  }

  private <T> T read(
      Request request, @Nullable String item, Cancellation cancellation, Class<T> type) {
    HttpReply reply = http.send(request, item, cancellation);
    String endpoint = request.method() + " " + request.url().encodedPath();
    return WireJson.read(reply.body(), type, http.source(), endpoint, item);
  }
}
