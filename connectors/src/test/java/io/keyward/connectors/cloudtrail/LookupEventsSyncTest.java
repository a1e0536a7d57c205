package io.keyward.connectors.cloudtrail;

import static io.keyward.connectors.cloudtrail.TrailImportTest.SOURCE;
import static io.keyward.connectors.cloudtrail.TrailTargets.AGENT_BOT;
import static io.keyward.connectors.cloudtrail.TrailTargets.AGENT_BOT_KEY;
import static io.keyward.connectors.cloudtrail.TrailTargets.AGENT_RUNNER;
import static io.keyward.connectors.cloudtrail.TrailTargets.DATA_LAKE_READER;
import static io.keyward.connectors.cloudtrail.TrailTargets.OPS_ADMIN;
import static io.keyward.connectors.cloudtrail.TrailTargets.ROOT;
import static io.keyward.connectors.cloudtrail.TrailTargets.TRUST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyward.connectors.Cancellation;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncListener;
import io.keyward.connectors.SyncOutcome;
import io.keyward.connectors.testing.Fixtures;
import io.keyward.connectors.testing.NoDelayServerSockets;
import io.keyward.connectors.testing.TestEnvironments;
import io.keyward.model.cache.Cache;
import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.SourceKind;
import io.keyward.model.domain.SyncStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live CloudTrail profile against LookupEvents as MockWebServer serves it: two pages shaped like
 * the real reply (newest first, the record as a JSON string), mapped as the file import maps.
 */
class LookupEventsSyncTest {
  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final Map<String, String> KEYS =
      Map.of("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG");
  private static final String BROKEN = "0000ffff-0000-4000-8000-00000000ffff";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();
  private final TestEnvironments environments = new TestEnvironments();
  private final CloudTrailConnector connector = new CloudTrailConnector(CLOCK);
  private final List<MockResponse> replies = new ArrayList<>();
  private final List<RecordedRequest> requests = new ArrayList<>();
  private Cancellation cancellation = new Cancellation();
  private int cancelAfter = Integer.MAX_VALUE;
  private Cache cache;

  @BeforeEach
  void start() throws IOException {
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            synchronized (requests) {
              requests.add(request);
              if (requests.size() >= cancelAfter) {
                cancellation.cancel();
              }
              return replies.isEmpty()
                  ? json(500, "{\"message\":\"no reply queued\"}")
                  : replies.remove(0);
            }
          }
        });
    server.start();
    cache = Cache.open(dir.resolve("cache.db"));
    TrailTargets.load(cache);
  }

  @AfterEach
  void stop() {
    cache.close();
    server.close();
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/x-amz-json-1.1")
        .body(body)
        .build();
  }

  private void reply(MockResponse... responses) {
    replies.addAll(List.of(responses));
  }

  private void replyBothPages() {
    reply(
        json(200, Fixtures.text("cloudtrail", "lookup-events-page1.json")),
        json(200, Fixtures.text("cloudtrail", "lookup-events-page2.json")));
  }

  private SourceProfile profile(Map<String, String> settings) {
    return new SourceProfile(SOURCE, SourceKind.CLOUDTRAIL, "Prod history", settings);
  }

  private SourceProfile live(String... more) {
    Map<String, String> settings = new HashMap<>();
    settings.put("region", "us-east-1");
    settings.put("endpoint", server.url("/").toString());
    for (int i = 0; i < more.length; i += 2) {
      settings.put(more[i], more[i + 1]);
    }
    return profile(settings);
  }

  private SourceConnection connect(SourceProfile profile) {
    return connector.connect(profile, environments.with(KEYS, dir.resolve("home")));
  }

  private SyncOutcome sync(SourceProfile profile) {
    return new SyncEngine(cache)
        .sync(connector.source(profile), connect(profile), SyncListener.SILENT, cancellation);
  }

  private static JsonNode body(RecordedRequest request) throws IOException {
    return JSON.readTree(request.getBody().utf8());
  }

  /** The body LookupEvents is sent, as JSON, for a window of {@code days} up to now. */
  private static JsonNode window(int days, int maxResults, String nextToken) throws IOException {
    return JSON.readTree(
        "{\"StartTime\": "
            + NOW.minus(Duration.ofDays(days)).getEpochSecond()
            + ", \"EndTime\": "
            + NOW.getEpochSecond()
            + ", \"MaxResults\": "
            + maxResults
            + (nextToken == null ? "" : ", \"NextToken\": \"" + nextToken + "\"")
            + "}");
  }

  @Test
  void pagesThroughLookupEventsWithSignedJsonRequestsPacedToTheRateLimit() throws IOException {
    replyBothPages();

    SyncOutcome outcome = sync(live());

    assertThat(outcome.status()).as(outcome.error()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(requests).hasSize(2);
    for (RecordedRequest request : requests) {
      assertThat(request.getMethod()).isEqualTo("POST");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/");
      assertThat(request.getHeaders().get("X-Amz-Target"))
          .isEqualTo("com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents");
      assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/x-amz-json-1.1");
      assertThat(request.getHeaders().get("Authorization"))
          .matches(
              "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261123/us-east-1/cloudtrail/aws4_request,"
                  + " SignedHeaders=[a-z0-9;-]*content-type[a-z0-9;-]*host[a-z0-9;-]*"
                  + "x-amz-target[a-z0-9;-]*, Signature=[0-9a-f]{64}");
    }
    assertThat(body(requests.get(0))).isEqualTo(window(90, 50, null));
    assertThat(body(requests.get(1)))
        .isEqualTo(
            window(
                90, 50, "eyJ2IjoiMiIsImMiOiJ0dm9XN0ZkR1F3VGtJTlN3WkE9PSJ9.EXAMPLEnextTokenPage2"));
    assertThat(environments.waits())
        .as("the second page waits out LookupEvents' 2 requests per second")
        .containsExactly(Duration.ofMillis(500));
  }

  @Test
  void anUnreadableEventIsSkippedByItsEventIdAndTheRestLoad() {
    replyBothPages();

    SyncOutcome outcome = sync(live());

    assertThat(outcome.status()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(outcome.skipped()).hasSize(1);
    assertThat(outcome.skipped().get(0))
        .startsWith("event " + BROKEN + ": CloudTrailEvent is not JSON (");
    Map<AccessEventType, Long> byType =
        Loaded.of(cache, SOURCE).events().values().stream()
            .collect(Collectors.groupingBy(AccessEvent::type, Collectors.counting()));
    assertThat(byType)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                AccessEventType.CREDENTIAL_ISSUED, 3L,
                AccessEventType.CHANGE, 2L,
                AccessEventType.ACCESS_DENIED, 1L,
                AccessEventType.SIGN_IN, 1L,
                AccessEventType.ACCESS_ALLOWED, 2L));
  }

  @Test
  void issuanceChangeAndDeniedEventsLandAndLinkAsTheFileImportDoes() {
    replyBothPages();

    assertThat(sync(live()).completed()).isTrue();

    Loaded loaded = Loaded.of(cache, SOURCE);
    AccessEvent issued = loaded.event("1");
    assertThat(issued.type()).isEqualTo(AccessEventType.CREDENTIAL_ISSUED);
    assertThat(issued.identityId()).isEqualTo(AGENT_BOT);
    assertThat(issued.credentialId()).isEqualTo(AGENT_BOT_KEY);
    assertThat(issued.issuance()).isEqualTo(TrailTargets.RUNNER_ISSUANCE);
    // LookupEvents answers newest first; the call made with the issued key still finds its session.
    AccessEvent chained = loaded.event("3");
    assertThat(chained.identityId()).isEqualTo(AGENT_RUNNER);
    assertThat(chained.credentialId()).isEqualTo(SOURCE + ":session/ASIAEXAMPLERUNNER001");
    assertThat(loaded.credentials().get(SOURCE + ":session/ASIAEXAMPLERUNNER001").lastUsedAt())
        .isEqualTo(Instant.parse("2026-11-20T10:05:00Z"));
    Delegation observed = loaded.delegations().values().iterator().next();
    assertThat(loaded.delegations()).hasSize(1);
    assertThat(observed.fromId()).isEqualTo(AGENT_RUNNER);
    assertThat(observed.toId()).isEqualTo(DATA_LAKE_READER);
    assertThat(observed.condition()).endsWith("trusted by " + TRUST);

    AccessEvent created = loaded.change("15");
    assertThat(created.type()).isEqualTo(AccessEventType.CHANGE);
    assertThat(created.identityId()).isEqualTo(AGENT_BOT);
    assertThat(created.resource()).isEqualTo("AKIAEXAMPLEAGENTBOT2");
    assertThat(loaded.event("15").identityId()).isEqualTo(ROOT);
    assertThat(loaded.change("18").identityId()).isEqualTo(DATA_LAKE_READER);
    assertThat(loaded.event("18").identityId()).isEqualTo(OPS_ADMIN);

    AccessEvent denied = loaded.event("22");
    assertThat(denied.type()).isEqualTo(AccessEventType.ACCESS_DENIED);
    assertThat(denied.errorCode()).isEqualTo("AccessDenied");
    assertThat(loaded.event("24").type()).isEqualTo(AccessEventType.SIGN_IN);
    assertThat(loaded.event("24").identityId()).isEqualTo(OPS_ADMIN);
    assertThat(loaded.events()).doesNotContainKey(SOURCE + ":event/" + BROKEN);
    assertThat(connector.location(live())).isEqualTo(server.url("/").toString());
  }

  @Test
  void throttlingIsRetriedAfterABackoffThenTheSyncCompletes() {
    reply(
        json(
            400,
            "{\"__type\":\"com.amazonaws.cloudtrail.v20131101#ThrottlingException\","
                + "\"message\":\"Rate exceeded\"}"));
    replyBothPages();

    SyncOutcome outcome = sync(live());

    assertThat(outcome.status()).as(outcome.error()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(requests).hasSize(3);
    assertThat(environments.waits()).hasSize(2);
    assertThat(environments.waits().get(0)).isLessThanOrEqualTo(Duration.ofMillis(100));
    assertThat(environments.waits().get(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(Loaded.of(cache, SOURCE).events()).hasSize(9);
  }

  @Test
  void accessDeniedFailsTheSyncWithAwssOwnMessageAndNoRetry() {
    reply(
        json(
            403,
            "{\"__type\":\"AccessDeniedException\",\"message\":\"User:"
                + " arn:aws:iam::111122223333:user/agent-bot is not authorized to perform:"
                + " cloudtrail:LookupEvents because no identity-based policy allows the"
                + " cloudtrail:LookupEvents action\"}"));

    SyncOutcome outcome = sync(live());

    assertThat(outcome.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(outcome.error())
        .isEqualTo(
            SOURCE
                + ": LookupEvents: HTTP 403 AccessDeniedException: User:"
                + " arn:aws:iam::111122223333:user/agent-bot is not authorized to perform:"
                + " cloudtrail:LookupEvents because no identity-based policy allows the"
                + " cloudtrail:LookupEvents action");
    assertThat(requests).hasSize(1);
    assertThat(Loaded.of(cache, SOURCE).events()).isEmpty();
  }

  @Test
  void anAccessDeniedSentAs400IsNoThrottleEither() {
    reply(json(400, "{\"__type\":\"AccessDeniedException\",\"message\":\"not authorized\"}"));

    SyncOutcome outcome = sync(live());

    assertThat(outcome.error())
        .isEqualTo(SOURCE + ": LookupEvents: HTTP 400 AccessDeniedException: not authorized");
    assertThat(requests).hasSize(1);
  }

  @Test
  void aCancelBetweenPagesStopsTheSyncAndLoadsNothing() {
    replyBothPages();
    cancelAfter = 1;

    SyncOutcome outcome = sync(live());

    assertThat(outcome.status()).isEqualTo(SyncStatus.INTERRUPTED);
    assertThat(requests).hasSize(1);
    assertThat(Loaded.of(cache, SOURCE).events()).isEmpty();
  }

  @Test
  void theTestIsOneLookupOfOneEvent() throws IOException {
    reply(json(200, Fixtures.text("cloudtrail", "lookup-events-page1.json")));

    String answer = connect(live("lookbackDays", "7")).test();

    assertThat(answer)
        .isEqualTo(
            "CloudTrail LookupEvents in us-east-1 at "
                + server.url("/")
                + " answers with credentials from environment variables"
                + " AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY; latest event ConsoleLogin at"
                + " 2026-11-21T10:16:00Z");
    assertThat(requests).hasSize(1);
    assertThat(body(requests.get(0))).isEqualTo(window(7, 1, null));
  }

  @Test
  void aProfileReadsEitherAFolderOrARegionAndSaysSo() {
    SourceProfile both = live("path", "/data/trail");
    SourceProfile neither = profile(Map.of());

    assertThat(connector.problems(both))
        .containsExactly(
            "sets both 'path' and 'region'; a cloudtrail source reads either a log folder (path)"
                + " or the live event history (region), not both");
    assertThat(connector.problems(neither))
        .containsExactly(
            "needs the setting 'path' (a log folder to read) or 'region' (to read the event"
                + " history live through LookupEvents)");
    assertThatThrownBy(() -> connect(both))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("source " + SOURCE + " sets both 'path' and 'region'");
    assertThatThrownBy(() -> connect(neither))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("source " + SOURCE + " needs the setting 'path'");
    assertThat(requests).isEmpty();
  }

  @Test
  void liveSettingsAreChecked() {
    assertThat(connector.problems(live())).isEmpty();
    assertThat(connector.problems(live("lookbackDays", "91")))
        .containsExactly("lookbackDays '91' is not a number of days from 1 to 90");
    assertThat(connector.problems(live("region", "eu-west-1.evil.example")))
        .containsExactly(
            "region 'eu-west-1.evil.example' is not an AWS region name such as eu-west-1");
    assertThat(connector.problems(profile(Map.of("path", "/data/trail", "lookbackDays", "7"))))
        .containsExactly("sets 'lookbackDays', which only a region source reads");
    assertThat(connector.location(profile(Map.of("region", "eu-west-1"))))
        .isEqualTo("https://cloudtrail.eu-west-1.amazonaws.com/");
  }
}
