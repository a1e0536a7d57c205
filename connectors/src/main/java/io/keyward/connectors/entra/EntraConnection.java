package io.keyward.connectors.entra;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SyncContext;
import io.keyward.connectors.http.HttpTuning;
import java.time.Clock;
import java.util.List;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A tenant with credentials resolved: each test or sync gets its own token and client. */
final class EntraConnection implements SourceConnection {
  private static final Logger LOG = LoggerFactory.getLogger(EntraConnection.class);

  private final String sourceId;
  private final EntraSettings settings;
  private final EntraCredential credential;
  private final HttpTuning tuning;
  private final Clock clock;

  EntraConnection(
      String sourceId,
      EntraSettings settings,
      EntraCredential credential,
      HttpTuning tuning,
      Clock clock) {
    this.sourceId = sourceId;
    this.settings = settings;
    this.credential = credential;
    this.tuning = tuning;
    this.clock = clock;
  }

  @Override
  public String test() {
    GraphClient graph = client(new Cancellation(), items -> {});
    List<GraphWire.Organization> tenant =
        graph.list("/organization?$select=id,displayName", GraphWire.Organization.class);
    String name =
        tenant.isEmpty()
            ? settings.tenantId()
            : EntraMapper.firstOf(tenant.get(0).displayName(), tenant.get(0).id());
    return "Entra tenant "
        + name
        + " on "
        + settings.graphUrl()
        + ": app "
        + settings.clientId()
        + " signed in with its "
        + credential.describe();
  }

  @Override
  public void sync(SyncContext context) {
    GraphClient graph =
        client(
            context.cancellation(),
            items -> {
              context.checkCancelled();
              context.advance(items);
            });
    TenantSnapshot tenant = new TenantReader(graph, context::phase).read();
    TenantActivity activity =
        new ActivityReader(graph, settings, context::phase, context::note, clock.instant()).read();
    context.phase("mapping");
    EntraMapping mapping = new EntraMapper(sourceId, clock.instant()).map(tenant, activity);
    if (mapping.leftOut() > 0) {
      LOG.info(
          "{}: left out {} grants and consents of principals this sync did not load",
          sourceId,
          mapping.leftOut());
    }
    context.load(mapping.items()::writeTo);
  }

  private GraphClient client(Cancellation cancellation, IntConsumer pageRead) {
    return GraphClient.open(sourceId, settings, credential, tuning, clock, cancellation, pageRead);
  }
}
