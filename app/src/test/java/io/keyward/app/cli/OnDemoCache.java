package io.keyward.app.cli;

import static io.keyward.app.cli.ScoreCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyward.app.cli.ScoreCliTest.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** CLI tests that read the demo estate (seed 42), written once per test class. */
abstract class OnDemoCache {
  @TempDir static Path dir;
  static String cache;

  @BeforeAll
  static void writeDemo() {
    cache = dir.resolve("demo.db").toString();
    assertThat(run("demo", "--cache", cache).exit()).isZero();
  }

  /** Runs a command that must succeed and reads what it printed as JSON. */
  static JsonNode json(String... args) throws Exception {
    Run r = run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }
}
