package io.keyward.connectors.gcp;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.MappedItems;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SyncContext;
import io.keyward.connectors.gcp.GcpWire.Key;
import io.keyward.connectors.gcp.GcpWire.Policy;
import io.keyward.connectors.gcp.GcpWire.ServiceAccount;
import io.keyward.connectors.gcp.GcpWire.ServiceAccountPage;
import io.keyward.connectors.http.HttpTuning;
import io.keyward.connectors.http.SourceHttp;
import io.keyward.connectors.http.TokenEndpoint;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/** One project, authenticated: tests the credentials, or syncs everything the project holds. */
final class GcpConnection implements SourceConnection {
  private final String sourceId;
  private final String project;
  private final HttpUrl iamUrl;
  private final HttpUrl resourceManagerUrl;
  private final GcpCredentials credentials;
  private final HttpTuning tuning;
  private final Clock clock;

  GcpConnection(
      String sourceId,
      String project,
      HttpUrl iamUrl,
      HttpUrl resourceManagerUrl,
      GcpCredentials credentials,
      HttpTuning tuning,
      Clock clock) {
    this.sourceId = sourceId;
    this.project = project;
    this.iamUrl = iamUrl;
    this.resourceManagerUrl = resourceManagerUrl;
    this.credentials = credentials;
    this.tuning = tuning;
    this.clock = clock;
  }

  @Override
  public String test() {
    Cancellation cancellation = new Cancellation();
    ServiceAccountPage page = client(cancellation).firstServiceAccounts(cancellation);
    return "project "
        + project
        + " on "
        + iamUrl
        + " as "
        + credentials.principal()
        + ": service accounts readable"
        + (page.accounts().isEmpty() ? " (none yet)" : "");
  }

  @Override
  public void sync(SyncContext context) {
    Cancellation cancellation = context.cancellation();
    GcpClient client = client(cancellation);

    context.phase("fetching service accounts");
    List<ServiceAccount> accounts = client.serviceAccounts(context);

    context.phase("fetching user-managed keys");
    Map<String, List<Key>> keys = new LinkedHashMap<>();
    for (ServiceAccount account : accounts) {
      context.checkCancelled();
      keys.put(account.email(), client.userManagedKeys(account, cancellation));
      context.advance(1);
    }

    context.phase("fetching the project IAM policy");
    Policy projectPolicy = client.projectPolicy(cancellation);

    context.phase("fetching service-account IAM policies");
    Map<String, Policy> accountPolicies = new LinkedHashMap<>();
    for (ServiceAccount account : accounts) {
      context.checkCancelled();
      accountPolicies.put(account.email(), client.serviceAccountPolicy(account, cancellation));
      context.advance(1);
    }

    MappedItems mapped =
        new GcpMapper(sourceId, project, clock.instant())
            .project(new ProjectSnapshot(accounts, keys, projectPolicy, accountPolicies));
    context.load(mapped::writeTo);
  }

  /** A client whose token requests stop when {@code cancellation} does. */
  private GcpClient client(Cancellation cancellation) {
    return new GcpClient(
        http(sourceId, credentials, tuning, clock, cancellation),
        iamUrl,
        resourceManagerUrl,
        project);
  }

  /** Google APIs with a token from {@code credentials}; token requests stop with the rest. */
  static SourceHttp http(
      String sourceId,
      GcpCredentials credentials,
      HttpTuning tuning,
      Clock clock,
      Cancellation cancellation) {
    var tokenHttp = tuning.builder(sourceId).rules(TokenEndpoint.RULES).build();
    return tuning
        .builder(sourceId)
        .rules(GoogleApiRules.INSTANCE)
        .auth(credentials.auth(tokenHttp, cancellation, clock))
        .clock(clock)
        .build();
  }
}
