package io.keyward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code keyward import} of lineage files through the discovered connectors, as scripts see it. */
class LineageImportCliTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = KeywardCommand.commandLine(CliEnvironment.system());
    cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void aMalformedNdjsonLineIsNamedTheRestLoadsAndTheExitIsNonZero() throws Exception {
    Path events = dir.resolve("airflow-prod.ndjson");
    Files.writeString(
        events,
        """
        {"eventType":"START","eventTime":"2026-11-20T02:00:00Z","producer":"p","schemaURL":"s","run":{"runId":"r1"},"job":{"namespace":"n","name":"train"},"inputs":[{"namespace":"s3://lake","name":"tx"}]}
        {"eventType":"COMPLETE","eventTime":
        {"eventType":"COMPLETE","eventTime":"2026-11-20T03:00:00Z","producer":"p","schemaURL":"s","run":{"runId":"r1"},"job":{"namespace":"n","name":"train"},"outputs":[{"namespace":"mlflow://m","name":"fraud/2"}]}
        """);
    String cache = dir.resolve("cache.db").toString();

    Run imported = run("import", "--source", "openlineage", events.toString(), "--cache", cache);
    Run stats = run("stats", "--json", "--cache", cache);

    assertThat(imported.exit()).isEqualTo(1);
    assertThat(imported.out()).contains("openlineage:airflow-prod").contains("line 2: not JSON");
    assertThat(stats.out()).contains("\"lineageRecords\":1").contains("\"resources\":2");
  }

  @Test
  void theLineageFormatsAreListed() {
    Run list = run("import", "--list");
    assertThat(list.out()).contains("openlineage").contains("mlflow");
  }
}
