package io.keyward.connectors.mlflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.Connectors;
import io.keyward.connectors.FileImport;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncListener;
import io.keyward.connectors.SyncOutcome;
import io.keyward.connectors.testing.Fixtures;
import io.keyward.model.cache.Cache;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.SyncStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MlflowImportTest {
  @TempDir Path dir;
  private Cache cache;
  private final FileImport format = Connectors.discover().importNamed("mlflow").orElseThrow();

  @BeforeEach
  void open() {
    cache = Cache.open(dir.resolve("cache.db"));
  }

  @AfterEach
  void close() {
    cache.close();
  }

  private SyncOutcome load(Path file, @Nullable String sourceId) {
    return new SyncEngine(cache)
        .importFile(format, file, sourceId, SyncListener.SILENT, new Cancellation());
  }

  @Test
  void savedRepliesLoadLikeASyncIncludingPagedLists() {
    SyncOutcome outcome = load(Fixtures.path("mlflow", "export.json"), null);

    assertThat(outcome.clean()).isTrue();
    assertThat(outcome.sourceId()).isEqualTo("mlflow:export");
    assertThat(cache.repository().lineage().resources())
        .extracting(Resource::name)
        .containsExactlyInAnyOrder(
            "fraud-scorer", "churn-predictor", "fraud-scorer v7", "transactions-2026q3");
    assertThat(cache.repository().lineage().runs())
        .extracting(LineageRecord::job)
        .containsExactlyInAnyOrder("/Shared/fraud-training", "register fraud-scorer");
  }

  @Test
  void anUnknownKeyOrAWrongShapeFailsNamingIt() throws IOException {
    load(Fixtures.path("mlflow", "export.json"), "mlflow:prod");
    Path unknown = Files.writeString(dir.resolve("x.json"), "{\"registered-models/list\": {}}");
    Path wrong =
        Files.writeString(
            dir.resolve("y.json"), "{\"model-versions/search\": {\"model_versions\": 7}}");

    SyncOutcome first = load(unknown, "mlflow:prod");
    SyncOutcome second = load(wrong, "mlflow:prod");

    assertThat(first.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(first.error()).contains("registered-models/list").contains("unknown endpoint");
    assertThat(second.error()).contains("(model-versions/search)").contains("not an MLflow");
    assertThat(cache.repository().lineage().runs()).hasSize(2);
  }
}
