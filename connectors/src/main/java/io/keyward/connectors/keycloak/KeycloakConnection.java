package io.keyward.connectors.keycloak;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.MappedItems;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SyncContext;
import java.time.Clock;

/** One realm reached with one login; each test or sync logs in afresh. */
final class KeycloakConnection implements SourceConnection {
  private final String sourceId;
  private final KeycloakSettings settings;
  private final KeycloakLogin login;
  private final ConnectEnvironment environment;
  private final int pageSize;
  private final Clock clock;

  KeycloakConnection(
      String sourceId,
      KeycloakSettings settings,
      KeycloakLogin login,
      ConnectEnvironment environment,
      int pageSize,
      Clock clock) {
    this.sourceId = sourceId;
    this.settings = settings;
    this.login = login;
    this.environment = environment;
    this.pageSize = pageSize;
    this.clock = clock;
  }

  @Override
  public String test() {
    long users = client(new Cancellation()).userCount();
    return "realm "
        + settings.realm()
        + " on "
        + settings.url()
        + " as "
        + login.who()
        + ": "
        + users
        + (users == 1 ? " user" : " users");
  }

  @Override
  public void sync(SyncContext context) {
    RealmSnapshot realm = new RealmReader(client(context.cancellation()), context).read();
    MappedItems items = new KeycloakMapper(sourceId, clock.instant()).map(realm);
    context.load(items::writeTo);
  }

  private KeycloakClient client(Cancellation cancellation) {
    return KeycloakClient.open(sourceId, settings, login, environment, pageSize, cancellation);
  }
}
