package io.keyward.connectors.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncListener;
import io.keyward.connectors.SyncOutcome;
import io.keyward.connectors.testing.LoopbackSource;
import io.keyward.connectors.testing.TestEnvironments;
import io.keyward.model.cache.CredentialFilter;
import io.keyward.model.cache.EstateStats;
import io.keyward.model.cache.IdentityFilter;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.SyncRun;
import io.keyward.model.domain.SyncStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class AwsSyncTest {
  private static final String SOURCE = "aws:123456789012";
  private static final Map<String, String> KEYS =
      Map.of("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG");

  @TempDir Path temp;
  private final FakeIam iam = new FakeIam();

  @RegisterExtension final LoopbackSource source = new LoopbackSource(iam);

  private final TestEnvironments environments = new TestEnvironments();
  private final AwsConnector connector = new AwsConnector();
  private SourceProfile profile;

  @BeforeEach
  void start() throws IOException {
    profile =
        new SourceProfile(
            SOURCE, connector.kind(), "AWS prod", Map.of(AwsConnector.ENDPOINT, source.baseUrl()));
  }

  private SyncOutcome sync() {
    return sync(KEYS);
  }

  private SyncOutcome sync(Map<String, String> variables) {
    SourceConnection connection =
        connector.connect(profile, environments.with(variables, temp.resolve("home")));
    return new SyncEngine(source.cache())
        .sync(
            profile.source(connector.location(profile)),
            connection,
            SyncListener.SILENT,
            new Cancellation());
  }

  @Test
  void syncsTheWholeAccountIntoTheCache() {
    SyncOutcome outcome = sync();

    assertThat(outcome.status()).as(outcome.error()).isEqualTo(SyncStatus.COMPLETED);
    EstateStats stats = source.cache().repository().stats();
    assertThat(stats.identities()).isEqualTo(19);
    assertThat(stats.credentials()).isEqualTo(7);
    assertThat(stats.grants()).isEqualTo(63);
    assertThat(stats.delegations()).isEqualTo(16);
    assertThat(connector.location(profile)).isEqualTo("account 123456789012");

    Identity ciBot = identity("user/ci-bot");
    assertThat(ciBot.kind()).isEqualTo(IdentityKind.SERVICE_ACCOUNT);
    assertThat(ciBot.classification())
        .isEqualTo("IAM user with access keys and no console password");
    assertThat(ciBot.ownerId()).isEqualTo("entra:demo-corp:user/frank");
    assertThat(ciBot.tags())
        .containsEntry("mfa", "none")
        .containsEntry("console_password", "false");
    Identity alice = identity("user/alice.nguyen");
    assertThat(alice.kind()).isEqualTo(IdentityKind.HUMAN);
    assertThat(alice.classification()).isEqualTo("IAM user with a console password");
    Identity root = identity("root");
    assertThat(root.kind()).isEqualTo(IdentityKind.HUMAN);
    assertThat(root.externalId()).isEqualTo("arn:aws:iam::123456789012:root");

    Credential key = credential(SOURCE + ":user/ci-bot/key/AKIAQ3EGUJ4Y5CIBOT01");
    assertThat(key.externalId()).isEqualTo("AKIAQ3EGUJ4Y5CIBOT01");
    assertThat(key.lastUsedAt()).hasToString("2026-11-22T06:12:00Z");
    assertThat(key.createdAt()).hasToString("2025-10-19T14:05:00Z");
    Credential unused = credential(SOURCE + ":user/ci-bot/key/AKIAQ3EGUJ4Y5CIBOT02");
    assertThat(unused.active()).isFalse();
    assertThat(unused.lastUsedAt()).isNull();
    assertThat(credential(SOURCE + ":root/key-1").active()).isTrue();
  }

  @Test
  void followsEveryPageIncludingShortTruncatedOnesAndPagedAccessKeys() {
    assertThat(sync().completed()).isTrue();

    assertThat(iam.forms("GetAccountAuthorizationDetails"))
        .extracting(f -> f.getOrDefault("Marker", ""))
        .containsExactly("", "AAF0aXBhZ2Ux", "AAF0aXBhZ2Uy");
    assertThat(iam.forms("GetAccountAuthorizationDetails"))
        .allSatisfy(
            f ->
                assertThat(f)
                    .containsEntry("Version", "2010-05-08")
                    .containsEntry("MaxItems", "1000"));
    assertThat(iam.forms("ListAccessKeys"))
        .filteredOn(f -> "ci-bot".equals(f.get("UserName")))
        .extracting(f -> f.getOrDefault("Marker", ""))
        .containsExactly("", "Y2lib3QtbmV4dA==");
    assertThat(iam.forms("ListAccessKeys")).hasSize(7);
    assertThat(iam.forms("GetAccessKeyLastUsed")).hasSize(5);
  }

  @Test
  void signsEveryRequestWithSigV4ForIamInUsEast1() {
    assertThat(sync(withSessionToken()).completed()).isTrue();

    assertThat(iam.requests())
        .allSatisfy(
            request -> {
              assertThat(request.getMethod()).isEqualTo("POST");
              assertThat(request.getHeaders().get("Authorization"))
                  .matches(
                      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\\d{8}/us-east-1/iam/aws4_request,"
                          + " SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*x-amz-date[a-z0-9;-]*,"
                          + " Signature=[0-9a-f]{64}");
              assertThat(request.getHeaders().get("X-Amz-Security-Token"))
                  .isEqualTo("FwoGZXIvYXdzEXAMPLE");
              assertThat(request.getHeaders().get("Content-Type"))
                  .isEqualTo("application/x-www-form-urlencoded");
            });
  }

  private static Map<String, String> withSessionToken() {
    return Map.of(
        "AWS_ACCESS_KEY_ID",
        "AKIDEXAMPLE",
        "AWS_SECRET_ACCESS_KEY",
        "wJalrXUtnFEMI/K7MDENG",
        "AWS_SESSION_TOKEN",
        "FwoGZXIvYXdzEXAMPLE");
  }

  @Test
  void retriesThrottlingAfterABackoffThenSucceeds() {
    iam.queue(
        "GetAccountAuthorizationDetails",
        FakeIam.fixture(400, "error-throttling.xml"),
        FakeIam.fixture(400, "error-throttling.xml"));

    SyncOutcome outcome = sync();

    assertThat(outcome.status()).as(outcome.error()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(environments.waits()).hasSize(2);
    // No Retry-After: exponential backoff with full jitter under the policy's ceilings.
    assertThat(environments.waits().get(0)).isLessThanOrEqualTo(Duration.ofMillis(100));
    assertThat(environments.waits().get(1)).isLessThanOrEqualTo(Duration.ofMillis(200));
    assertThat(source.cache().repository().stats().identities()).isEqualTo(19);
  }

  @Test
  void aMalformedPageFailsTheSyncAndKeepsThePreviousOne() {
    assertThat(sync().completed()).isTrue();
    iam.queue(
        "GetAccountAuthorizationDetails",
        FakeIam.fixture(200, "GetAccountAuthorizationDetails-1.xml"),
        FakeIam.xml(
            200,
            "<GetAccountAuthorizationDetailsResponse><GetAccountAuthorizationDetailsResult><IsTruncated>tr"));

    SyncOutcome outcome = sync();

    assertFailedKeepingFirstSync(
        outcome, "Action=GetAccountAuthorizationDetails (page 2): malformed reply");
  }

  @Test
  void aServerErrorStormExhaustsTheRetriesAndKeepsThePreviousSync() {
    assertThat(sync().completed()).isTrue();
    MockResponse failure = FakeIam.fixture(500, "error-service-failure.xml");
    iam.queue("ListAccessKeys", failure, failure, failure, failure);

    SyncOutcome outcome = sync();

    assertFailedKeepingFirstSync(
        outcome,
        "Action=ListAccessKeys (user alice.nguyen, page 1): HTTP 500 ServiceFailure: The request"
            + " processing has failed");
    assertThat(outcome.error()).endsWith("(gave up after 4 tries)");
    assertThat(environments.waits()).hasSize(3);
  }

  @Test
  void refusedCredentialsFailWithIamsOwnWords() {
    assertThat(sync().completed()).isTrue();
    iam.queue(
        "GetAccountAuthorizationDetails",
        FakeIam.xml(
            403,
            "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>The"
                + " security token included in the request is invalid.</Message></Error></ErrorResponse>"));

    SyncOutcome outcome = sync();

    assertFailedKeepingFirstSync(
        outcome,
        "Action=GetAccountAuthorizationDetails (page 1): HTTP 403 InvalidClientTokenId: The security"
            + " token included in the request is invalid.");
    assertThat(environments.waits()).isEmpty();
  }

  @Test
  void aReplyWithAnExternalEntityIsRefusedUnread() throws IOException {
    Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    assertThat(sync().completed()).isTrue();
    int before = source.server().getRequestCount();
    String evil =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE r [<!ENTITY file SYSTEM \""
            + secret.toUri()
            + "\"><!ENTITY net SYSTEM \""
            + source.url("/exfiltrate")
            + "\">]>\n"
            + "<GetAccountAuthorizationDetailsResponse><GetAccountAuthorizationDetailsResult>"
            + "<IsTruncated>false</IsTruncated><UserDetailList><member><UserName>&file;&net;</UserName>"
            + "<Arn>arn:aws:iam::123456789012:user/x</Arn></member></UserDetailList>"
            + "</GetAccountAuthorizationDetailsResult></GetAccountAuthorizationDetailsResponse>";
    iam.queue("GetAccountAuthorizationDetails", FakeIam.xml(200, evil));

    SyncOutcome outcome = sync();

    assertFailedKeepingFirstSync(
        outcome,
        "Action=GetAccountAuthorizationDetails (page 1): the reply declares a DTD (DOCTYPE), which"
            + " IAM never sends; refused unread");
    assertThat(outcome.error()).doesNotContain("TOP-SECRET");
    // Only the one refused request reached the server: the parser fetched no entity.
    assertThat(source.server().getRequestCount()).isEqualTo(before + 1);
    assertThat(iam.requests()).noneMatch(r -> r.getUrl().encodedPath().equals("/exfiltrate"));
  }

  @Test
  void aCredentialReportThatStaysInProgressIsLeftOut() {
    iam.reportState("STARTED");

    SyncOutcome outcome = sync();

    assertThat(outcome.status()).as(outcome.error()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(iam.forms("GenerateCredentialReport")).hasSize(IamQueryClient.REPORT_POLLS);
    assertThat(iam.forms("GetCredentialReport")).isEmpty();
    assertThat(environments.waits())
        .containsOnly(IamQueryClient.REPORT_POLL_WAIT)
        .hasSize(IamQueryClient.REPORT_POLLS - 1);
    // No root row and no console-password facts without the report.
    assertThat(source.cache().repository().stats().identities()).isEqualTo(18);
    assertThat(identity("user/ci-bot").classification())
        .isEqualTo("IAM user with access keys; console password unknown (no credential report)");
  }

  @Test
  void testReachesIamWithTheResolvedCredentials() {
    String reached =
        connector.connect(profile, environments.with(KEYS, temp.resolve("home"))).test();

    assertThat(reached)
        .isEqualTo(
            "IAM at "
                + source.url("/")
                + " answers with credentials from environment variables"
                + " AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY; account 123456789012");
    assertThat(iam.forms("GetAccountAuthorizationDetails").get(0))
        .containsEntry("Filter.member.1", "User")
        .containsEntry("MaxItems", "1");
  }

  private void assertFailedKeepingFirstSync(SyncOutcome outcome, String error) {
    assertThat(outcome.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(outcome.error()).startsWith(SOURCE + ": ").contains(error);
    assertThat(source.cache().repository().stats().identities()).isEqualTo(19);
    assertThat(source.cache().repository().stats().grants()).isEqualTo(63);
    List<SyncRun> runs = source.cache().repository().syncRuns();
    assertThat(runs).hasSize(2);
    assertThat(runs.get(0).status()).isEqualTo(SyncStatus.FAILED);
    assertThat(runs.get(0).error()).contains(error);
    assertThat(runs.get(1).status()).isEqualTo(SyncStatus.COMPLETED);
  }

  private Identity identity(String local) {
    return source.cache().repository().identities(IdentityFilter.ALL, 100).items().stream()
        .filter(i -> i.id().equals(SOURCE + ":" + local))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no identity " + local));
  }

  private Credential credential(String id) {
    return source.cache().repository().credentials(CredentialFilter.ALL, 100).items().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no credential " + id));
  }
}
