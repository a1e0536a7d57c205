package io.keyward.connectors.cloudtrail;

import static io.keyward.connectors.cloudtrail.TrailTargets.AGENT_BOT;
import static io.keyward.connectors.cloudtrail.TrailTargets.AGENT_BOT_KEY;
import static io.keyward.connectors.cloudtrail.TrailTargets.AGENT_RUNNER;
import static io.keyward.connectors.cloudtrail.TrailTargets.DATA_LAKE_READER;
import static io.keyward.connectors.cloudtrail.TrailTargets.FRANK;
import static io.keyward.connectors.cloudtrail.TrailTargets.OPS_ADMIN;
import static io.keyward.connectors.cloudtrail.TrailTargets.ROOT;
import static io.keyward.connectors.cloudtrail.TrailTargets.TRUST;
import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.ImportOptions;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncListener;
import io.keyward.connectors.SyncOutcome;
import io.keyward.connectors.testing.Fixtures;
import io.keyward.connectors.testing.TestEnvironments;
import io.keyward.model.cache.Cache;
import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Issuance;
import io.keyward.model.domain.SourceKind;
import io.keyward.model.domain.SyncStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture tree (a gzip day and a plain day, a digest file to pass over, two malformed records)
 * imported into a cache holding the account's identities.
 */
class TrailImportTest {
  static final String SOURCE = "cloudtrail:111122223333";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
  private static final String DAY_2 =
      "111122223333/CloudTrail/us-east-1/2026/11/21/"
          + "111122223333_CloudTrail_us-east-1_20261121T0800Z_Ex4mpleFederat01.json";

  @TempDir Path dir;
  private Cache cache;

  @BeforeEach
  void open() {
    cache = Cache.open(dir.resolve("cache.db"));
    TrailTargets.load(cache);
  }

  @AfterEach
  void close() {
    cache.close();
  }

  static String eventId(String number) {
    int n = Integer.parseInt(number);
    return String.format("%08x-0000-4000-8000-%012x", n, n);
  }

  private SyncOutcome importPath(Path path, @Nullable String sourceId) {
    return new SyncEngine(cache)
        .importFile(
            new CloudTrailImport(CLOCK),
            path,
            sourceId,
            ImportOptions.NONE,
            SyncListener.SILENT,
            new Cancellation());
  }

  private Loaded importTree() {
    SyncOutcome outcome = importPath(Fixtures.path("cloudtrail", "AWSLogs"), null);
    assertThat(outcome.status()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(outcome.sourceId()).isEqualTo(SOURCE);
    return Loaded.of(cache, SOURCE);
  }

  @Test
  void aFolderTreeLoadsEveryKindAndReportsTheMalformedRecordsByFileAndIndex() {
    SyncOutcome outcome = importPath(Fixtures.path("cloudtrail", "AWSLogs"), null);

    assertThat(outcome.skipped())
        .containsExactly(
            DAY_2 + ": record 16: no eventID",
            DAY_2 + ": record 17: eventTime 'yesterday' is not an ISO-8601 time");
    Map<AccessEventType, Long> byType =
        Loaded.of(cache, SOURCE).events().values().stream()
            .collect(Collectors.groupingBy(AccessEvent::type, Collectors.counting()));
    assertThat(byType)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                AccessEventType.CREDENTIAL_ISSUED, 6L,
                AccessEventType.CHANGE, 6L,
                AccessEventType.ACCESS_DENIED, 3L,
                AccessEventType.SIGN_IN, 1L,
                AccessEventType.ACCESS_ALLOWED, 9L));
  }

  @Test
  void assumeRoleByAnIamUserIsAnIssuanceWithItsRequestedDuration() {
    AccessEvent issued = importTree().event("1");

    assertThat(issued.type()).isEqualTo(AccessEventType.CREDENTIAL_ISSUED);
    assertThat(issued.identityId()).isEqualTo(AGENT_BOT);
    assertThat(issued.credentialId()).isEqualTo(AGENT_BOT_KEY);
    assertThat(issued.action()).isEqualTo("sts:AssumeRole");
    assertThat(issued.resource()).isEqualTo("arn:aws:iam::111122223333:role/AgentRunner");
    assertThat(issued.sourceIp()).isEqualTo("203.0.113.10");
    assertThat(issued.region()).isEqualTo("us-east-1");
    assertThat(issued.issuance()).isEqualTo(TrailTargets.RUNNER_ISSUANCE);
  }

  @Test
  void callsSignedWithAnIssuedKeyLinkToTheSessionItsRoleHolds() {
    Loaded loaded = importTree();
    String session = SOURCE + ":session/ASIAEXAMPLERUNNER001";

    AccessEvent read = loaded.event("2");
    assertThat(read.type()).isEqualTo(AccessEventType.ACCESS_ALLOWED);
    assertThat(read.identityId()).isEqualTo(AGENT_RUNNER);
    assertThat(read.credentialId()).isEqualTo(session);
    assertThat(read.resource())
        .isEqualTo("arn:aws:s3:::customer-data-lake/transactions/2026-11.parquet");

    Credential credential = loaded.credentials().get(session);
    assertThat(credential.kind()).isEqualTo(CredentialKind.SESSION);
    assertThat(credential.identityId()).isEqualTo(AGENT_RUNNER);
    assertThat(credential.externalId()).isEqualTo("ASIAEXAMPLERUNNER001");
    assertThat(credential.displayName()).isEqualTo("run-42");
    assertThat(credential.status()).isEqualTo(CredentialStatus.EXPIRED);
    assertThat(credential.createdAt()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
    assertThat(credential.expiresAt()).isEqualTo(Instant.parse("2026-11-20T10:15:00Z"));
    assertThat(credential.lastUsedAt()).isEqualTo(Instant.parse("2026-11-20T10:05:00Z"));
    assertThat(loaded.credentials().values())
        .extracting(Credential::externalId)
        .containsExactlyInAnyOrder(
            "ASIAEXAMPLERUNNER001",
            "ASIAEXAMPLEREADER001",
            "ASIAEXAMPLEGITHUB001",
            "ASIAEXAMPLESAMLFRAN1",
            "ASIAEXAMPLEBOTTOKEN1",
            "ASIAEXAMPLEFEDERAT01");
  }

  @Test
  void roleChainingIsAnObservedDelegationCarryingTheConfiguredTrustsScope() {
    Loaded loaded = importTree();

    AccessEvent chained = loaded.event("3");
    assertThat(chained.identityId()).isEqualTo(AGENT_RUNNER);
    assertThat(chained.credentialId()).isEqualTo(SOURCE + ":session/ASIAEXAMPLERUNNER001");
    assertThat(chained.issuance().roleId()).isEqualTo(DATA_LAKE_READER);
    assertThat(chained.issuance().lifetime()).isEqualTo(Duration.ofHours(1));
    assertThat(loaded.delegations()).hasSize(1);
    Delegation observed = loaded.delegations().values().iterator().next();
    assertThat(observed.fromId()).isEqualTo(AGENT_RUNNER);
    assertThat(observed.toId()).isEqualTo(DATA_LAKE_READER);
    assertThat(observed.kind()).isEqualTo(DelegationKind.ASSUME_ROLE);
    assertThat(observed.scope()).containsExactly("s3:GetObject", "s3:ListBucket");
    assertThat(observed.condition())
        .startsWith("observed in CloudTrail: 1 call")
        .contains(eventId("3"))
        .endsWith("trusted by " + TRUST);
  }

  @Test
  void federatedIssuanceNamesTheIdentityProviderAndItsSubject() {
    Loaded loaded = importTree();

    Issuance web = loaded.event("10").issuance();
    assertThat(loaded.event("10").identityId()).isNull();
    assertThat(web.issuer())
        .isEqualTo("arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com");
    assertThat(web.subject()).isEqualTo("repo:acme/forecast:ref:refs/heads/main");
    assertThat(web.roleId()).isEqualTo(DATA_LAKE_READER);

    AccessEvent saml = loaded.event("11");
    assertThat(saml.identityId()).isEqualTo(FRANK);
    assertThat(saml.issuance().issuer())
        .isEqualTo("https://sts.windows.net/72f988bf-0000-0000-0000-2d7cd011db47/");
    assertThat(saml.issuance().subject()).isEqualTo("frank@example.com");
    assertThat(saml.issuance().lifetime()).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void sessionAndFederationTokensAreTheCallersOwnWithTheApiDefaultDuration() {
    Loaded loaded = importTree();

    Issuance token = loaded.event("12").issuance();
    assertThat(token.roleId()).isNull();
    assertThat(token.lifetime()).isEqualTo(Duration.ofMinutes(30));
    Issuance federation = loaded.event("13").issuance();
    assertThat(federation.sessionName()).isEqualTo("notebook");
    assertThat(federation.lifetime()).isEqualTo(Duration.ofHours(12));

    AccessEvent federated = loaded.event("14");
    assertThat(federated.identityId()).isEqualTo(AGENT_BOT);
    assertThat(federated.credentialId()).isEqualTo(SOURCE + ":session/ASIAEXAMPLEFEDERAT01");
    assertThat(loaded.credentials().get(SOURCE + ":session/ASIAEXAMPLEFEDERAT01").identityId())
        .isEqualTo(AGENT_BOT);
  }

  @Test
  void iamChangesLandOnTheIdentityChangedAndTheCallerKeepsItsCall() {
    Loaded loaded = importTree();

    AccessEvent created = loaded.change("15");
    assertThat(created.type()).isEqualTo(AccessEventType.CHANGE);
    assertThat(created.identityId()).isEqualTo(AGENT_BOT);
    assertThat(created.action()).isEqualTo("iam:CreateAccessKey");
    assertThat(created.resource()).isEqualTo("AKIAEXAMPLEAGENTBOT2");
    assertThat(loaded.event("15").identityId()).isEqualTo(ROOT);
    assertThat(loaded.event("15").type()).isEqualTo(AccessEventType.ACCESS_ALLOWED);

    assertThat(loaded.change("16").credentialId()).isEqualTo(AGENT_BOT_KEY);
    assertThat(loaded.change("17").credentialId()).isEqualTo(AGENT_BOT_KEY);
    assertThat(loaded.event("17").identityId()).isEqualTo(OPS_ADMIN);
    assertThat(loaded.change("18").identityId()).isEqualTo(DATA_LAKE_READER);
    assertThat(loaded.change("18").resource())
        .isEqualTo("arn:aws:iam::aws:policy/AmazonS3FullAccess");
    assertThat(loaded.change("19").identityId()).isEqualTo(AGENT_BOT);
    assertThat(loaded.event("19")).as("a change to oneself is one event").isNull();
    assertThat(loaded.change("20").identityId()).isEqualTo(AGENT_RUNNER);
  }

  @Test
  void refusalsAreDeniedDecisionsWithTheirErrorCode() {
    Loaded loaded = importTree();

    AccessEvent put = loaded.event("5");
    assertThat(put.type()).isEqualTo(AccessEventType.ACCESS_DENIED);
    assertThat(put.identityId()).isEqualTo(DATA_LAKE_READER);
    assertThat(put.errorCode()).isEqualTo("AccessDenied");
    AccessEvent crossAccount = loaded.event("22");
    assertThat(crossAccount.type()).isEqualTo(AccessEventType.ACCESS_DENIED);
    assertThat(crossAccount.identityId()).isNull();
    assertThat(crossAccount.issuance()).isNull();
    AccessEvent ec2 = loaded.event("23");
    assertThat(ec2.type()).isEqualTo(AccessEventType.ACCESS_DENIED);
    assertThat(ec2.errorCode()).isEqualTo("Client.UnauthorizedOperation");
    assertThat(ec2.region()).isEqualTo("eu-west-1");
  }

  @Test
  void serviceCallsAndConsoleSignInsMapToo() {
    Loaded loaded = importTree();

    AccessEvent decrypt = loaded.event("21");
    assertThat(decrypt.type()).isEqualTo(AccessEventType.ACCESS_ALLOWED);
    assertThat(decrypt.identityId()).isNull();
    assertThat(decrypt.resource()).startsWith("arn:aws:kms:us-east-1:111122223333:key/");
    AccessEvent login = loaded.event("24");
    assertThat(login.type()).isEqualTo(AccessEventType.SIGN_IN);
    assertThat(login.identityId()).isEqualTo(OPS_ADMIN);
  }

  @Test
  void aFileOfOneRecordPerLineLoadsAroundItsMalformedLineUnderTheGivenSourceId() {
    Path file = Fixtures.path("cloudtrail", "lookup/events.ndjson");

    SyncOutcome outcome = importPath(file, "trail-prod");

    assertThat(outcome.status()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(outcome.skipped()).hasSize(1);
    assertThat(outcome.skipped().get(0)).contains("events.ndjson: record 2: not JSON");
    Map<String, AccessEvent> events = Loaded.of(cache, "trail-prod").events();
    assertThat(events.values())
        .extracting(AccessEvent::action)
        .containsExactlyInAnyOrder("sts:AssumeRole", "s3:GetObject");
    assertThat(events.get("trail-prod:event/" + eventId("2")).credentialId())
        .isEqualTo("trail-prod:session/ASIAEXAMPLERUNNER001");
  }

  @Test
  void aSingleFileNamesTheSourceAfterTheAccountItsRecordsWereDeliveredTo() {
    Path file = Fixtures.path("cloudtrail", "lookup/events.ndjson");

    assertThat(importPath(file, null).sourceId()).isEqualTo(SOURCE);
  }

  @Test
  void aProfileOnTheLogFolderSyncsItUnderTheProfilesId() {
    SourceProfile profile =
        new SourceProfile(
            "cloudtrail:prod",
            SourceKind.CLOUDTRAIL,
            "Prod trail",
            Map.of("path", Fixtures.path("cloudtrail", "AWSLogs").toString()));
    CloudTrailConnector connector = new CloudTrailConnector();
    assertThat(connector.problems(profile)).isEmpty();
    SourceConnection connection =
        connector.connect(profile, new TestEnvironments().with(Map.of(), dir));

    assertThat(connection.test()).endsWith(": 2 log files");
    SyncOutcome outcome =
        new SyncEngine(cache)
            .sync(connector.source(profile), connection, SyncListener.SILENT, new Cancellation());

    assertThat(outcome.sourceId()).isEqualTo("cloudtrail:prod");
    assertThat(Loaded.of(cache, "cloudtrail:prod").events()).hasSize(25);
  }
}
