package io.keyward.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.TestEstate;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.DemoInfo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleAppTest {
  @TempDir Path dir;

  @Test
  void theTitleSaysWhenTheEstateIsTheDemo() {
    try (Cache cache = TestEstate.create(dir.resolve("cache.db"), 0)) {
      assertThat(ConsoleApp.title(cache)).isEqualTo("Keyward");

      cache.markDemo(new DemoInfo(7, "demo", TestEstate.NOW));

      assertThat(ConsoleApp.title(cache)).isEqualTo("Keyward — DEMO estate");
    }
  }
}
