package io.keyward.connectors.openlineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.connectors.MappedItems;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.testing.Fixtures;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import io.keyward.model.domain.RunState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenLineageMapperTest {
  private static final String SOURCE = "openlineage:airflow-prod";
  private static final String FRAUD_RUN = "0193a1f0-5b2c-7d41-9a0e-6c1d2e3f4a51";
  private static final String CHURN_RUN = "0193970a-1e00-7b2c-8d3e-4f5a6b7c8d90";
  private static final String INGEST_RUN = "0193b0c2-7a10-7e55-9f00-112233445566";

  @TempDir Path dir;
  private final List<String> skipped = new ArrayList<>();

  private MappedItems map(String fixture, OwnerRules rules) {
    return map(Fixtures.path("openlineage", fixture), rules);
  }

  private MappedItems map(Path file, OwnerRules rules) {
    return new OpenLineageMapper(SOURCE, rules)
        .map(new EventFile(file, SOURCE, skipped::add).read());
  }

  private static Map<String, LineageRecord> byRunId(MappedItems items) {
    return items.lineage().stream()
        .collect(Collectors.toMap(LineageRecord::runId, Function.identity()));
  }

  @Test
  void ndjsonRunsAreMergedOverTheirEvents() {
    Map<String, LineageRecord> runs = byRunId(map("events.ndjson", OwnerRules.NONE));

    assertThat(runs).containsOnlyKeys(FRAUD_RUN, CHURN_RUN, INGEST_RUN);
    LineageRecord fraud = runs.get(FRAUD_RUN);
    assertThat(fraud.id()).isEqualTo(SOURCE + ":run/" + FRAUD_RUN);
    assertThat(fraud.job()).isEqualTo("retrain_fraud.train");
    assertThat(fraud.state()).isEqualTo(RunState.COMPLETED);
    assertThat(fraud.startedAt()).isEqualTo(Instant.parse("2026-11-20T02:00:04.118Z"));
    assertThat(fraud.endedAt()).isEqualTo(Instant.parse("2026-11-20T03:35:41.532Z"));
    // Inputs from START, RUNNING and COMPLETE, each once.
    assertThat(fraud.inputIds())
        .containsExactly(
            SOURCE + ":dataset/s3://demo-corp-lake/transactions/2026q3",
            SOURCE + ":dataset/bigquery/demo-ml-prod.features.customers");
    assertThat(fraud.outputIds()).containsExactly(SOURCE + ":model/fraud-scorer/8");
    assertThat(fraud.producer())
        .isEqualTo("https://github.com/apache/airflow/tree/providers-openlineage/2.3.0");
    // The ownership facet came on START only; its "user:" type is not part of the name.
    assertThat(fraud.identityId()).isEqualTo("alice.nguyen@demo-corp.example");

    LineageRecord churn = runs.get(CHURN_RUN);
    assertThat(churn.state()).isEqualTo(RunState.FAILED);
    assertThat(churn.endedAt()).isEqualTo(Instant.parse("2026-11-18T01:45:00Z")); // epoch ms
    assertThat(churn.identityId()).isNull();

    LineageRecord ingest = runs.get(INGEST_RUN);
    assertThat(ingest.state()).isEqualTo(RunState.RUNNING);
    assertThat(ingest.endedAt()).isNull();
  }

  @Test
  void badLinesAreReportedByNumberAndTheRestLoads() {
    map("events.ndjson", OwnerRules.NONE);

    assertThat(skipped).hasSize(2);
    assertThat(skipped.get(0)).startsWith("line 4: not JSON");
    assertThat(skipped.get(1)).isEqualTo("line 9: a run event without run.runId");
  }

  @Test
  void everyNamedDatasetBecomesAResourceWithAJoinableExternalId() {
    Map<String, Resource> resources =
        map("events.ndjson", OwnerRules.NONE).resources().stream()
            .collect(Collectors.toMap(Resource::externalId, Function.identity()));

    assertThat(resources)
        .containsOnlyKeys(
            "s3://demo-corp-lake/transactions/2026q3",
            "bigquery/demo-ml-prod.features.customers",
            "models:/fraud-scorer/8",
            "hf://datasets/demo-corp-ml/support-tickets-redacted");
    Resource version = resources.get("models:/fraud-scorer/8");
    assertThat(version.kind()).isEqualTo(ResourceKind.MODEL_VERSION);
    assertThat(version.name()).isEqualTo("fraud-scorer v8");
    assertThat(resources.get("s3://demo-corp-lake/transactions/2026q3").kind())
        .isEqualTo(ResourceKind.DATASET);
  }

  @Test
  void ownerRulesComeBeforeOwnershipFacets() {
    OwnerRules rules = OwnerRules.read(Fixtures.path("openlineage", "owner-rules.json"));
    Map<String, LineageRecord> runs = byRunId(map("events.ndjson", rules));

    assertThat(runs.get(CHURN_RUN).identityId())
        .isEqualTo("gcp:demo-ml-prod:sa/trainer@demo-ml-prod.iam.gserviceaccount.com");
    assertThat(runs.get(INGEST_RUN).identityId()).isEqualTo("aws:111122223333:role/batch-ingest");
    assertThat(runs.get(FRAUD_RUN).identityId()).isEqualTo("alice.nguyen@demo-corp.example");

    LineageRecord finetune = map("event.json", rules).lineage().get(0);
    assertThat(finetune.identityId()).isEqualTo("aws:111122223333:role/TrainingJobRole");
  }

  @Test
  void onePrettyPrintedEventIsOneRun() {
    MappedItems items = map("event.json", OwnerRules.NONE);

    LineageRecord run = items.lineage().get(0);
    assertThat(items.lineage()).hasSize(1);
    assertThat(run.state()).isEqualTo(RunState.COMPLETED);
    assertThat(run.startedAt()).isEqualTo(Instant.parse("2026-11-14T14:20:05.500Z"));
    assertThat(run.endedAt()).isEqualTo(run.startedAt());
    assertThat(items.resources())
        .extracting(Resource::kind)
        .containsExactly(ResourceKind.DATASET, ResourceKind.MODEL_VERSION, ResourceKind.MODEL);
    assertThat(skipped).isEmpty();
  }

  @Test
  void arrayElementsAreReportedByPosition() {
    MappedItems items = map("events-array.json", OwnerRules.NONE);

    assertThat(items.lineage())
        .singleElement()
        .satisfies(r -> assertThat(r.state()).isEqualTo(RunState.COMPLETED));
    assertThat(skipped)
        .containsExactly(
            "event 2: not a JSON object", "event 4: eventTime 'yesterday' is not an ISO-8601 time");
  }

  @Test
  void aSingleBrokenEventOrABrokenArrayFailsTheFile() throws IOException {
    Path truncated = Files.writeString(dir.resolve("t.json"), "[{\"eventType\":\"START\"");
    assertThatThrownBy(() -> map(truncated, OwnerRules.NONE))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("not a JSON array of events");

    Path noRun =
        Files.writeString(
            dir.resolve("one.json"),
            "{\n \"eventType\": \"START\",\n \"eventTime\": \"2026-01-01T00:00:00Z\"\n}\n");
    assertThatThrownBy(() -> map(noRun, OwnerRules.NONE))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("neither a run, a job nor a dataset event");
  }

  @Test
  void anEmptyFileHasNoEvents() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.ndjson"), "\n\n");
    assertThat(map(empty, OwnerRules.NONE).lineage()).isEmpty();
  }

  @Test
  void ndjsonWithABadFirstLineStillLoadsTheRest() throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.path("openlineage", "events.ndjson"));
    Path file =
        Files.writeString(
            dir.resolve("bad-first.ndjson"), "{\"eventType\":\n" + String.join("\n", lines));

    assertThat(map(file, OwnerRules.NONE).lineage()).hasSize(3);
    assertThat(skipped.get(0)).startsWith("line 1: not JSON");
    assertThat(skipped).anyMatch(s -> s.startsWith("line 5: not JSON"));
  }
}
