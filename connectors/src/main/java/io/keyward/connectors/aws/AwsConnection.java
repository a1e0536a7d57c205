package io.keyward.connectors.aws;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.MappedItems;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.SyncContext;
import io.keyward.connectors.aws.IamWire.AccessKey;
import io.keyward.connectors.aws.IamWire.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A live sync of one account: authorization details, each user's access keys with their last use,
 * and the credential report when IAM has it ready; then one load.
 */
final class AwsConnection implements SourceConnection {
  private final String sourceId;
  private final IamQueryClient client;
  private final AwsCredentials credentials;

  AwsConnection(String sourceId, IamQueryClient client, AwsCredentials credentials) {
    this.sourceId = sourceId;
    this.client = client;
    this.credentials = credentials;
  }

  @Override
  public String test() {
    Optional<String> arn = client.firstUserArn(new Cancellation());
    return "IAM at "
        + client.endpoint()
        + " answers with credentials from "
        + credentials.origin()
        + arn.flatMap(Arn::account).map(a -> "; account " + a).orElse("");
  }

  @Override
  public void sync(SyncContext context) {
    context.phase("fetching authorization details");
    AuthorizationDetails details = client.authorizationDetails(context);
    context.phase("fetching access keys");
    Map<String, List<AccessKey>> keys = new LinkedHashMap<>();
    for (User user : details.users()) {
      context.checkCancelled();
      List<AccessKey> userKeys = client.accessKeys(user.userName(), context);
      keys.put(user.userName(), userKeys);
      context.advance(userKeys.size());
    }
    context.phase("fetching the credential report");
    CredentialReport report = client.credentialReport(context.cancellation()).orElse(null);
    String account =
        details
            .accountId()
            .or(() -> Optional.of(sourceId.substring(sourceId.indexOf(':') + 1)))
            .get();
    MappedItems mapped;
    try {
      mapped = new AccountMapper(sourceId, account).map(details, keys, report);
    } catch (IllegalArgumentException e) {
      throw new SourceException(
          sourceId, "Action=GetAccountAuthorizationDetails", null, e.getMessage(), e);
    }
    context.load(mapped::writeTo);
  }
}
