package io.keyward.connectors.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.Connectors;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncListener;
import io.keyward.connectors.revoke.Preflight;
import io.keyward.connectors.revoke.Revocations;
import io.keyward.connectors.testing.NoDelayServerSockets;
import io.keyward.connectors.testing.TestEnvironments;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.RevocationEntry;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Access-key revocation against a fake IAM: the exact requests sent, and the verification. */
class AwsRevocationTest {
  private static final String SOURCE = "aws:123456789012";
  private static final String KEY = "AKIAQ3EGUJ4Y5DEPLOY1";
  private static final Map<String, String> KEYS =
      Map.of("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG");

  @TempDir Path temp;
  private final MockWebServer server = new MockWebServer();
  private final FakeIam iam = new FakeIam();
  private final AwsConnector connector = new AwsConnector();
  private Cache cache;
  private Revocations revocations;

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(iam);
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.start();
    cache = Cache.open(temp.resolve("cache.db"));
    SourceProfile profile =
        new SourceProfile(
            SOURCE,
            connector.kind(),
            "AWS prod",
            Map.of(AwsConnector.ENDPOINT, server.url("/").toString()));
    var environment = new TestEnvironments().with(KEYS, temp);
    assertThat(
            new SyncEngine(cache)
                .sync(
                    connector.source(profile),
                    connector.connect(profile, environment),
                    SyncListener.SILENT,
                    new Cancellation())
                .error())
        .isNull();
    revocations =
        new Revocations(
            cache,
            new Connectors(List.of(connector)),
            id -> Optional.of(profile),
            environment,
            "analyst",
            Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    cache.close();
    server.close();
  }

  private static MockResponse keyList(String status) {
    return FakeIam.xml(
        200,
        "<ListAccessKeysResponse><ListAccessKeysResult><AccessKeyMetadata><member>"
            + "<UserName>deploy-agent</UserName><AccessKeyId>"
            + KEY
            + "</AccessKeyId><Status>"
            + status
            + "</Status></member></AccessKeyMetadata><IsTruncated>false</IsTruncated>"
            + "</ListAccessKeysResult></ListAccessKeysResponse>");
  }

  private static MockResponse noKeys() {
    return FakeIam.fixture(200, "ListAccessKeys-none.xml");
  }

  private static MockResponse accepted(String action) {
    return FakeIam.xml(
        200,
        "<"
            + action
            + "Response><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></"
            + action
            + "Response>");
  }

  private Preflight preflight(RevocationAction action) {
    return revocations.preflight(action, revocations.resolve(KEY));
  }

  @Test
  void deactivatesTheKeyAndVerifiesIt() {
    iam.queue("ListAccessKeys", keyList("Active"), keyList("Inactive"))
        .queue("UpdateAccessKey", accepted("UpdateAccessKey"));

    RevocationEntry entry =
        revocations.execute(preflight(RevocationAction.DISABLE_CREDENTIAL), null);

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.DONE);
    assertThat(entry.revocation().verification()).isEqualTo("ListAccessKeys: Inactive");
    assertThat(iam.forms("UpdateAccessKey"))
        .singleElement()
        .isEqualTo(
            Map.of(
                "Action", "UpdateAccessKey",
                "Version", "2010-05-08",
                "UserName", "deploy-agent",
                "AccessKeyId", KEY,
                "Status", "Inactive"));
    assertThat(iam.requests().get(iam.requests().size() - 2).getHeaders().get("Authorization"))
        .startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/");
  }

  @Test
  void anInactiveKeyIsAlreadyRevokedAndNothingIsSent() {
    iam.queue("ListAccessKeys", keyList("Inactive"));

    RevocationEntry entry =
        revocations.execute(preflight(RevocationAction.DISABLE_CREDENTIAL), null);

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.ALREADY_DONE);
    assertThat(iam.forms("UpdateAccessKey")).isEmpty();
  }

  @Test
  void undoSetsTheKeyActiveAgain() {
    iam.queue("ListAccessKeys", keyList("Inactive"), keyList("Active"))
        .queue("UpdateAccessKey", accepted("UpdateAccessKey"));

    RevocationEntry entry = revocations.undo(preflight(RevocationAction.DISABLE_CREDENTIAL));

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.UNDONE);
    assertThat(iam.forms("UpdateAccessKey").get(0)).containsEntry("Status", "Active");
  }

  @Test
  void deletesTheKeyForGood() {
    iam.queue("ListAccessKeys", keyList("Active"), noKeys())
        .queue("DeleteAccessKey", accepted("DeleteAccessKey"));
    Preflight delete = preflight(RevocationAction.DELETE_CREDENTIAL);
    assertThat(delete.destructive()).isTrue();

    RevocationEntry entry = revocations.execute(delete, null);

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.DONE);
    assertThat(iam.forms("DeleteAccessKey"))
        .singleElement()
        .isEqualTo(
            Map.of(
                "Action", "DeleteAccessKey",
                "Version", "2010-05-08",
                "UserName", "deploy-agent",
                "AccessKeyId", KEY));
  }

  @Test
  void theSourcesRefusalIsAuditedAsAFailure() {
    iam.queue("ListAccessKeys", keyList("Active"))
        .queue(
            "UpdateAccessKey",
            FakeIam.xml(
                403,
                "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code>"
                    + "<Message>not authorized to perform: iam:UpdateAccessKey</Message>"
                    + "</Error></ErrorResponse>"));

    RevocationEntry entry =
        revocations.execute(preflight(RevocationAction.DISABLE_CREDENTIAL), null);

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.FAILED);
    assertThat(entry.revocation().result()).contains("iam:UpdateAccessKey");
    assertThat(cache.revocationLog().verify().intact()).isTrue();
  }
}
