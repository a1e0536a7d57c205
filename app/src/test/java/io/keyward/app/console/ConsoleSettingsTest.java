package io.keyward.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleSettingsTest {
  @TempDir Path dir;

  @Test
  void livesUnderXdgConfigHomeOrDotConfig() {
    Path home = Path.of("/home/ana");
    assertThat(ConsoleSettings.defaultFile(Map.of("XDG_CONFIG_HOME", "/cfg"), home))
        .isEqualTo(Path.of("/cfg/keyward/console.properties"));
    assertThat(ConsoleSettings.defaultFile(Map.of(), home))
        .isEqualTo(Path.of("/home/ana/.config/keyward/console.properties"));
    assertThat(ConsoleSettings.defaultFile(Map.of("XDG_CONFIG_HOME", " "), home))
        .isEqualTo(Path.of("/home/ana/.config/keyward/console.properties"));
  }

  @Test
  void rememberedThemeSurvivesARestart() {
    Path file = dir.resolve("keyward/console.properties");
    assertThat(ConsoleSettings.load(file)).isEqualTo(ConsoleSettings.DEFAULTS);

    ConsoleSettings.DEFAULTS.withTheme(ThemeChoice.DARK).save(file);

    assertThat(ConsoleSettings.load(file).theme()).isEqualTo(ThemeChoice.DARK);
  }

  @Test
  void aDamagedFileMeansDefaults() throws Exception {
    Path file = dir.resolve("console.properties");
    Files.writeString(file, "theme=purple\n");

    assertThat(ConsoleSettings.load(file)).isEqualTo(ConsoleSettings.DEFAULTS);
  }
}
