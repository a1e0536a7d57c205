package io.keyward.connectors.mlflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.mlflow.MlflowWire.ExperimentsPage;
import io.keyward.connectors.mlflow.MlflowWire.ModelVersionsPage;
import io.keyward.connectors.mlflow.MlflowWire.RegisteredModelsPage;
import io.keyward.connectors.mlflow.MlflowWire.RunsPage;
import io.keyward.connectors.testing.Fixtures;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import io.keyward.model.domain.RunState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MlflowMapperTest {
  private static final String SOURCE = "mlflow:registry";
  private static final String TRAIN_RUN = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
  private static final String ALICE_RUN = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
  private static final String NOTEBOOK_RUN = "77aa88bb99cc00dd11ee22ff33aa44bb";

  static <T> T read(String fixture, Class<T> type) {
    return WireJson.read(Fixtures.text("mlflow", fixture), type, SOURCE, fixture, null);
  }

  static MlflowSnapshot snapshot() {
    List<MlflowWire.RegisteredModel> models = new ArrayList<>();
    models.addAll(
        read("registered-models-search-1.json", RegisteredModelsPage.class).registeredModels());
    models.addAll(
        read("registered-models-search-2.json", RegisteredModelsPage.class).registeredModels());
    List<MlflowWire.ModelVersion> versions = new ArrayList<>();
    versions.addAll(read("model-versions-search-1.json", ModelVersionsPage.class).modelVersions());
    versions.addAll(read("model-versions-search-2.json", ModelVersionsPage.class).modelVersions());
    List<MlflowWire.Run> runs = new ArrayList<>();
    runs.addAll(read("runs-search-1.json", RunsPage.class).runs());
    runs.addAll(read("runs-search-2.json", RunsPage.class).runs());
    return new MlflowSnapshot(
        read("experiments-search.json", ExperimentsPage.class).experiments(),
        models,
        versions,
        runs);
  }

  private final MlflowMapper.Mapped mapped = new MlflowMapper(SOURCE).map(snapshot());

  private Map<String, Resource> resources() {
    return mapped.items().resources().stream()
        .collect(Collectors.toMap(Resource::id, Function.identity()));
  }

  private Map<String, LineageRecord> runs() {
    return mapped.items().lineage().stream()
        .collect(Collectors.toMap(LineageRecord::runId, Function.identity()));
  }

  @Test
  void modelsAndVersionsBecomeResourcesWithMlflowUris() {
    Map<String, Resource> resources = resources();

    Resource v10 = resources.get(SOURCE + ":model/fraud-scorer/10");
    assertThat(v10.kind()).isEqualTo(ResourceKind.MODEL_VERSION);
    assertThat(v10.externalId()).isEqualTo("models:/fraud-scorer/10");
    assertThat(v10.name()).isEqualTo("fraud-scorer v10");
    assertThat(v10.parentId()).isEqualTo(SOURCE + ":model/fraud-scorer");
    assertThat(resources.get(SOURCE + ":model/churn-predictor").sensitive()).isTrue();
    assertThat(resources.get(SOURCE + ":model/churn-predictor/2").sensitive()).isTrue();
    assertThat(resources.get(SOURCE + ":model/fraud-scorer").sensitive()).isFalse();
    assertThat(resources.values())
        .filteredOn(r -> r.kind() == ResourceKind.MODEL_VERSION)
        .hasSize(4);
  }

  @Test
  void runDatasetsAreNamedByTheUriInsideTheirSourceString() {
    Map<String, Resource> resources = resources();

    assertThat(resources)
        .containsKeys(
            SOURCE + ":dataset/s3://demo-corp-lake/transactions/2026q3",
            SOURCE + ":dataset/bq://demo-ml-prod.features.customers",
            SOURCE + ":dataset/holdout@aa11bb");
    assertThat(resources.get(SOURCE + ":dataset/s3://demo-corp-lake/transactions/2026q3").name())
        .isEqualTo("transactions-2026q3");
  }

  @Test
  void runsReadTheirDatasetsAndWriteTheVersionsRegisteredFromThem() {
    LineageRecord train = runs().get(TRAIN_RUN);

    assertThat(train.id()).isEqualTo(SOURCE + ":run/" + TRAIN_RUN);
    assertThat(train.job()).isEqualTo("/Shared/fraud-training");
    assertThat(train.identityId()).isEqualTo("svc-trainer");
    assertThat(train.state()).isEqualTo(RunState.COMPLETED);
    assertThat(train.startedAt()).isEqualTo(Instant.ofEpochMilli(1717990000000L));
    assertThat(train.endedAt()).isEqualTo(Instant.ofEpochMilli(1717996400000L));
    // The same dataset logged twice (training and eval) is one input.
    assertThat(train.inputIds())
        .containsExactly(
            SOURCE + ":dataset/s3://demo-corp-lake/transactions/2026q3",
            SOURCE + ":dataset/holdout@aa11bb");
    assertThat(train.outputIds()).containsExactly(SOURCE + ":model/fraud-scorer/7");
    assertThat(train.producer()).isEqualTo("train_fraud.py");
  }

  @Test
  void theUserComesFromUserIdElseTheMlflowUserTag() {
    Map<String, LineageRecord> runs = runs();
    assertThat(runs.get(ALICE_RUN).identityId()).isEqualTo("alice.nguyen@demo-corp.example");
    assertThat(runs.get(ALICE_RUN).startedAt()).isEqualTo(Instant.ofEpochMilli(1763090000000L));
    assertThat(runs.get(ALICE_RUN).outputIds()).containsExactly(SOURCE + ":model/fraud-scorer/10");
    // A notebook run logged without auth records nobody.
    assertThat(runs.get(NOTEBOOK_RUN).identityId()).isNull();
    assertThat(runs.get(NOTEBOOK_RUN).state()).isEqualTo(RunState.ABORTED);
    assertThat(runs.get(NOTEBOOK_RUN).job()).isEqualTo("Default");
  }

  @Test
  void registrationsAreLineageWithTheirOwnActor() {
    Map<String, LineageRecord> runs = runs();

    LineageRecord v7 = runs.get("registration of fraud-scorer/7");
    assertThat(v7.identityId()).isEqualTo("svc-trainer");
    assertThat(v7.outputIds()).containsExactly(SOURCE + ":model/fraud-scorer/7");
    LineageRecord pending = runs.get("registration of support-summarizer/1");
    assertThat(pending.state()).isEqualTo(RunState.RUNNING);
    assertThat(pending.endedAt()).isNull();
    // No user_id, no registration record.
    assertThat(runs)
        .doesNotContainKeys("registration of churn-predictor/2", "registration of fraud-scorer/10");
  }

  @Test
  void aRunWithoutStartIsSkippedAndSaysWhyUnlessItIsOnlyScheduled() {
    assertThat(mapped.skipped())
        .containsExactly("run 6666bbbb6666bbbb6666bbbb6666bbbb: no start_time");
    assertThat(runs())
        .doesNotContainKeys("5555aaaa5555aaaa5555aaaa5555aaaa", "6666bbbb6666bbbb6666bbbb6666bbbb");
  }

  @Test
  void datasetLocationsComeFromUriUrlPathOrTable() {
    assertThat(MlflowMapper.location("{\"uri\": \"s3://a/b\"}")).isEqualTo("s3://a/b");
    assertThat(MlflowMapper.location("{\"url\": \"https://x/y.csv\"}"))
        .isEqualTo("https://x/y.csv");
    assertThat(MlflowMapper.location("{\"table_name\": \"main.sales\"}")).isEqualTo("main.sales");
    assertThat(MlflowMapper.location("not json")).isNull();
    assertThat(MlflowMapper.location("{}")).isNull();
  }
}
