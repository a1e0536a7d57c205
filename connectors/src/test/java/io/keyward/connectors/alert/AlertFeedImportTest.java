package io.keyward.connectors.alert;

import static io.keyward.connectors.testing.AlertTargets.CI_BOT;
import static io.keyward.connectors.testing.AlertTargets.CI_BOT_KEY;
import static io.keyward.connectors.testing.AlertTargets.ERIN;
import static io.keyward.connectors.testing.AlertTargets.SVC_TRAINER;
import static io.keyward.connectors.testing.AlertTargets.SVC_TRAINER_SESSION;
import static io.keyward.connectors.testing.AlertTargets.TRAINING_ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connectors;
import io.keyward.connectors.CredentialPrompt;
import io.keyward.connectors.FileImport;
import io.keyward.connectors.ImportOptions;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncListener;
import io.keyward.connectors.SyncOutcome;
import io.keyward.connectors.http.HttpTuning;
import io.keyward.connectors.testing.AlertTargets;
import io.keyward.connectors.testing.Fixtures;
import io.keyward.model.cache.AlertFilter;
import io.keyward.model.cache.Cache;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import io.keyward.model.domain.SyncStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each alert format imported into a real cache holding the identities its fixtures name. */
class AlertFeedImportTest {
  private static final Connectors CONNECTORS = Connectors.discover();

  @TempDir Path dir;
  private Cache cache;

  @BeforeEach
  void open() {
    cache = Cache.open(dir.resolve("cache.db"));
    AlertTargets.load(cache);
  }

  @AfterEach
  void close() {
    cache.close();
  }

  private SyncOutcome load(String format, String source, String fixture, ImportOptions options) {
    FileImport chosen = CONNECTORS.importNamed(format).orElseThrow();
    return new SyncEngine(cache)
        .importFile(
            chosen,
            Fixtures.path(source, fixture),
            null,
            options,
            SyncListener.SILENT,
            new Cancellation());
  }

  private SyncOutcome load(String format, String fixture) {
    return load(format, format, fixture, ImportOptions.NONE);
  }

  private Map<String, Alert> alerts(String sourceId) {
    return cache.repository().alerts(AlertFilter.ALL.withSource(sourceId), 100).items().stream()
        .collect(Collectors.toMap(Alert::externalId, Function.identity()));
  }

  private static ImportOptions options(String... pairs) {
    return ImportOptions.parse(List.of(pairs));
  }

  @Test
  void ocsfFindingsMatchByKeyRoleSessionAndEmailAndTheLatestReportOfAFindingStands() {
    SyncOutcome outcome = load("ocsf", "detection-findings.ndjson");

    assertThat(outcome.error()).isNull();
    assertThat(outcome.skipped()).isEmpty();
    assertThat(outcome.sourceId()).isEqualTo("ocsf:soc-detections");
    assertThat(outcome.itemsLoaded()).isEqualTo(4);
    Map<String, Alert> alerts = alerts("ocsf:soc-detections");
    assertThat(alerts.get("kw-1001").credentialId()).isEqualTo(CI_BOT_KEY);
    assertThat(alerts.get("kw-1001").identityId()).isEqualTo(CI_BOT);
    assertThat(alerts.get("kw-1001").status()).isEqualTo(AlertStatus.CLOSED); // closed later
    assertThat(alerts.get("kw-1002").identityId()).isEqualTo(TRAINING_ROLE);
    assertThat(alerts.get("kw-1003").identityId()).isEqualTo(ERIN);
    assertThat(alerts.get("kw-1004").matched()).isFalse(); // kept, visibly unmatched
    Source source =
        cache.repository().sources().stream()
            .filter(s -> s.id().equals("ocsf:soc-detections"))
            .findFirst()
            .orElseThrow();
    assertThat(source.kind()).isEqualTo(SourceKind.OCSF);
    assertThat(source.name()).isEqualTo("SOC Detections (OCSF)");
  }

  @Test
  void aMalformedLineIsReportedWithItsNumberWhileTheGoodLinesLoad() {
    SyncOutcome outcome = load("ocsf", "detection-findings-malformed.ndjson");

    assertThat(outcome.status()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(outcome.clean()).isFalse();
    assertThat(outcome.skipped())
        .satisfiesExactly(
            line -> assertThat(line).startsWith("line 4: not JSON ("),
            line ->
                assertThat(line)
                    .isEqualTo("line 5: class_uid 3002 is not a Detection Finding (2004)"));
    assertThat(outcome.itemsLoaded()).isEqualTo(4);
    assertThat(cache.repository().syncRuns().get(0).error()).startsWith("skipped 2 items: line 4:");
  }

  @Test
  void theRawEventIsKeptWithoutTheSecretsFeedsSometimesCarry() {
    load("ocsf", "detection-finding.json");

    Alert alert = alerts("ocsf:soc-detections").get("kw-0042");
    assertThat(alert.raw()).contains("\"class_uid\":2004").doesNotContain("FwoGZXIv", "AWS4-HMAC");
  }

  @Test
  void guardDutyCliOutputMatchesTheRoleOfAnExfiltratedSessionNotAUser() {
    SyncOutcome outcome = load("guardduty", "get-findings.json");

    assertThat(outcome.sourceId()).isEqualTo("guardduty:111122223333:us-east-1");
    assertThat(outcome.itemsLoaded()).isEqualTo(3);
    Map<String, Alert> alerts = alerts("guardduty:111122223333:us-east-1");
    Alert exfiltration = alerts.get("4ac7f1e9b2d35c6e8f0a1b2c3d4e5f60");
    assertThat(exfiltration.identityId()).isEqualTo(TRAINING_ROLE);
    assertThat(exfiltration.credentialId()).isNull(); // the session key is not in the cache
    assertThat(alerts.get("9b0e2d1c3a4f5e6d7c8b9a0f1e2d3c4b").credentialId()).isEqualTo(CI_BOT_KEY);
    Alert legacy = alerts.get("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
    assertThat(legacy.matched()).isFalse();
    assertThat(legacy.status()).isEqualTo(AlertStatus.CLOSED);
  }

  @Test
  void guardDutyEventBridgeLinesLoadToo() {
    SyncOutcome outcome = load("guardduty", "eventbridge-findings.ndjson");

    assertThat(outcome.clean()).isTrue();
    Map<String, Alert> alerts = alerts(outcome.sourceId());
    assertThat(alerts.get("5d6e7f8091a2b3c4d5e6f708192a3b4c").identityId())
        .isEqualTo(TRAINING_ROLE);
    assertThat(alerts.get("7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d").matched()).isFalse();
  }

  @Test
  void signedSecurityEventsVerifyAgainstTheJwksAndMatchEmailSubjectAndSession() {
    SyncOutcome outcome =
        load("caep", "caep", "events.jwt", options("jwks=" + Fixtures.path("caep", "jwks.json")));

    assertThat(outcome.clean()).as(String.valueOf(outcome.skipped())).isTrue();
    assertThat(outcome.sourceId()).isEqualTo("caep:sso.example.com");
    Map<String, Alert> alerts = alerts("caep:sso.example.com");
    assertThat(alerts).hasSize(4);
    assertThat(alerts.get("3d0c3cf797584bd193bd0fb1bd4e7d30").identityId()).isEqualTo(ERIN);
    assertThat(alerts.get("a5f1e0b2c3d44e5f8a9b0c1d2e3f4a5b").identityId()).isEqualTo(SVC_TRAINER);
    Alert claims = alerts.get("c0ffee00c0ffee00c0ffee00c0ffee00");
    assertThat(claims.credentialId()).isEqualTo(SVC_TRAINER_SESSION);
    assertThat(claims.identityId()).isEqualTo(SVC_TRAINER);
    assertThat(alerts.get("deadbeef00000000deadbeef00000000").matched()).isFalse();
  }

  @Test
  void aTamperedEventIsRefusedAndTheGenuineOneLoads() {
    SyncOutcome outcome =
        load("caep", "caep", "tampered.jwt", options("jwks=" + Fixtures.path("caep", "jwks.json")));

    assertThat(outcome.itemsLoaded()).isEqualTo(1);
    assertThat(outcome.skipped())
        .satisfiesExactly(
            line ->
                assertThat(line)
                    .startsWith("line 2: signature does not verify against kid ec-2026"),
            line ->
                assertThat(line)
                    .startsWith("line 3: signature does not verify against kid rsa-2026"));
  }

  @Test
  void unverifiedEventsLoadOnlyWithAllowUnsigned() {
    SyncOutcome refused = load("caep", "caep", "decoded-claims.json", ImportOptions.NONE);
    assertThat(refused.itemsLoaded()).isZero();
    assertThat(refused.skipped()).hasSize(2).allMatch(s -> s.contains("--allow-unsigned"));

    SyncOutcome allowed =
        load("caep", "caep", "decoded-claims.json", options("allowUnsigned=true"));
    assertThat(allowed.clean()).isTrue();
    assertThat(allowed.itemsLoaded()).isEqualTo(2);
  }

  @Test
  void optionsAFormatDoesNotReadAreRefused() {
    assertThatThrownBy(() -> load("ocsf", "ocsf", "detection-finding.json", options("jwks=x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ocsf does not take the option jwks; it takes none");
    assertThatThrownBy(() -> load("caep", "caep", "events.jwt", options("jwk=x")))
        .hasMessage("caep does not take the option jwk; it takes allowUnsigned, jwks");
  }

  @Test
  void aFeedProfileRereadsItsFileWithTheJwksItNames() {
    SourceProfile profile =
        new SourceProfile(
            "caep:receiver",
            SourceKind.CAEP,
            "Shared Signals receiver",
            Map.of(
                "file", Fixtures.path("caep", "events.jwt").toString(),
                "jwks", Fixtures.path("caep", "jwks.json").toString()));
    var connector = CONNECTORS.forProfile(profile);
    assertThat(connector.problems(profile)).isEmpty();
    SourceConnection connection =
        connector.connect(
            profile,
            new ConnectEnvironment(Map.of(), dir, CredentialPrompt.NONE, HttpTuning.DEFAULT));

    assertThat(connection.test()).endsWith("events.jwt: 4 events");
    SyncOutcome outcome =
        new SyncEngine(cache)
            .sync(connector.source(profile), connection, SyncListener.SILENT, new Cancellation());

    assertThat(outcome.clean()).isTrue();
    assertThat(alerts("caep:receiver")).hasSize(4);
  }
}
