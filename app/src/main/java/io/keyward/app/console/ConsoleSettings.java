package io.keyward.app.console;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the console remembers between runs. Stored as a small properties file; an unreadable file
 * means defaults, never a console that will not start.
 */
public record ConsoleSettings(ThemeChoice theme) {
  private static final Logger LOG = LoggerFactory.getLogger(ConsoleSettings.class);
  private static final String THEME = "theme";

  public static final ConsoleSettings DEFAULTS = new ConsoleSettings(ThemeChoice.LIGHT);

  /** {@code $XDG_CONFIG_HOME/keyward/console.properties}, else under {@code ~/.config}. */
  public static Path defaultFile(Map<String, String> environment, Path home) {
    String configHome = environment.get("XDG_CONFIG_HOME");
    Path base =
        configHome == null || configHome.isBlank() ? home.resolve(".config") : Path.of(configHome);
    return base.resolve("keyward").resolve("console.properties");
  }

  public static ConsoleSettings load(Path file) {
    if (!Files.isRegularFile(file)) {
      return DEFAULTS;
    }
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      properties.load(in);
    } catch (IOException | IllegalArgumentException e) {
      LOG.warn("Ignoring unreadable settings file {}: {}", file, e.getMessage());
      return DEFAULTS;
    }
    ThemeChoice theme =
        ThemeChoice.fromCliName(properties.getProperty(THEME, "")).orElse(DEFAULTS.theme());
    return new ConsoleSettings(theme);
  }

  /** Writes the settings; failing to is logged, not fatal, since only a preference is lost. */
  public void save(Path file) {
    Properties properties = new Properties();
    properties.setProperty(THEME, theme.cliName());
    try {
      Files.createDirectories(file.getParent());
      try (Writer out = Files.newBufferedWriter(file)) {
        properties.store(out, "Keyward console settings");
      }
    } catch (IOException e) {
      LOG.warn("Could not save settings to {}: {}", file, e.getMessage());
    }
  }

  public ConsoleSettings withTheme(ThemeChoice newTheme) {
    return new ConsoleSettings(newTheme);
  }
}
