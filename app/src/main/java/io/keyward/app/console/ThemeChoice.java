package io.keyward.app.console;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;

/** The two console themes; everything else styles itself through the theme's colour tokens. */
public enum ThemeChoice {
  LIGHT,
  DARK;

  /** Makes this the theme of every window; call on the FX thread. */
  public void apply() {
    Application.setUserAgentStylesheet(
        this == LIGHT
            ? new PrimerLight().getUserAgentStylesheet()
            : new PrimerDark().getUserAgentStylesheet());
  }

  public ThemeChoice other() {
    return this == LIGHT ? DARK : LIGHT;
  }

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ThemeChoice> fromCliName(String name) {
    for (ThemeChoice theme : values()) {
      if (theme.cliName().equals(name.toLowerCase(Locale.ROOT))) {
        return Optional.of(theme);
      }
    }
    return Optional.empty();
  }
}
