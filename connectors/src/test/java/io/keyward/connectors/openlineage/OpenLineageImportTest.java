package io.keyward.connectors.openlineage;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.Connectors;
import io.keyward.connectors.FileImport;
import io.keyward.connectors.FileStem;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncListener;
import io.keyward.connectors.SyncOutcome;
import io.keyward.connectors.testing.Fixtures;
import io.keyward.connectors.testing.TestEnvironments;
import io.keyward.model.cache.Cache;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.SourceKind;
import io.keyward.model.domain.SyncStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenLineageImportTest {
  @TempDir Path dir;
  private Cache cache;

  @BeforeEach
  void open() {
    cache = Cache.open(dir.resolve("cache.db"));
  }

  @AfterEach
  void close() {
    cache.close();
  }

  private SyncOutcome importFile(FileImport format, Path file, @Nullable String sourceId) {
    return new SyncEngine(cache)
        .importFile(format, file, sourceId, SyncListener.SILENT, new Cancellation());
  }

  private static FileImport discovered() {
    return Connectors.discover().importNamed("openlineage").orElseThrow();
  }

  private List<LineageRecord> runs() {
    return cache.repository().lineage().runs();
  }

  @Test
  void ndjsonLoadsTheGoodLinesAndReportsTheBadOnesByNumber() {
    SyncOutcome outcome =
        importFile(discovered(), Fixtures.path("openlineage", "events.ndjson"), null);

    assertThat(outcome.status()).isEqualTo(SyncStatus.COMPLETED);
    assertThat(outcome.clean()).isFalse();
    assertThat(outcome.skipped()).hasSize(2).first().asString().startsWith("line 4: not JSON");
    assertThat(runs()).hasSize(3).allMatch(r -> r.sourceId().equals("openlineage:events"));
    assertThat(cache.repository().lineage().resources()).hasSize(4);
    assertThat(cache.repository().sources())
        .singleElement()
        .satisfies(s -> assertThat(s.kind()).isEqualTo(SourceKind.OPENLINEAGE));
  }

  @Test
  void aBrokenFileFailsAndLeavesTheCacheAsItWas() throws IOException {
    importFile(discovered(), Fixtures.path("openlineage", "events.ndjson"), "openlineage:prod");
    Path broken = Files.writeString(dir.resolve("broken.json"), "[{\"run\": ");

    SyncOutcome outcome = importFile(discovered(), broken, "openlineage:prod");

    assertThat(outcome.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(outcome.error()).contains("broken.json").contains("not a JSON array of events");
    assertThat(runs()).hasSize(3);
  }

  @Test
  void importingAgainUnderOneIdReplacesWhatTheLastFileBrought() {
    importFile(discovered(), Fixtures.path("openlineage", "events.ndjson"), "openlineage:prod");
    SyncOutcome outcome =
        importFile(discovered(), Fixtures.path("openlineage", "event.json"), "openlineage:prod");

    assertThat(outcome.clean()).isTrue();
    assertThat(runs())
        .extracting(LineageRecord::job)
        .containsExactly("support_summarizer.finetune");
  }

  @Test
  void importsTakeOwnerRulesFromTheEnvironment() {
    OpenLineageConnector connector =
        new OpenLineageConnector(
            Map.of(
                OpenLineageConnector.RULES_VARIABLE,
                Fixtures.path("openlineage", "owner-rules.json").toString()));

    importFile(connector.imports().get(0), Fixtures.path("openlineage", "event.json"), null);

    assertThat(runs())
        .singleElement()
        .satisfies(
            r -> assertThat(r.identityId()).isEqualTo("aws:111122223333:role/TrainingJobRole"));
    assertThat(cache.repository().sources())
        .extracting(s -> s.id())
        .containsExactly("openlineage:event");
  }

  @Test
  void aProfileSyncRereadsItsFileWithItsRules() {
    OpenLineageConnector connector = new OpenLineageConnector(Map.of());
    SourceProfile profile =
        new SourceProfile(
            "openlineage:airflow",
            SourceKind.OPENLINEAGE,
            "Airflow",
            Map.of(
                "file", Fixtures.path("openlineage", "events.ndjson").toString(),
                "rules", Fixtures.path("openlineage", "owner-rules.json").toString()));
    assertThat(connector.problems(profile)).isEmpty();
    var connection = connector.connect(profile, new TestEnvironments().with(Map.of(), dir));

    assertThat(connection.test()).contains("events.ndjson");
    SyncOutcome outcome =
        new SyncEngine(cache)
            .sync(connector.source(profile), connection, SyncListener.SILENT, new Cancellation());

    assertThat(outcome.skipped()).hasSize(2);
    assertThat(runs())
        .extracting(LineageRecord::identityId)
        .contains("aws:111122223333:role/batch-ingest");
  }

  @Test
  void fileNamesBecomeSourceIds() {
    assertThat(FileStem.of(Path.of("/x/Airflow Prod.events.ndjson"), "events"))
        .isEqualTo("airflow-prod");
    assertThat(FileStem.of(Path.of("__.json"), "events")).isEqualTo("events");
  }
}
