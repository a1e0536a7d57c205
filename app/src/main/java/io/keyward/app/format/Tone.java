package io.keyward.app.format;

import java.util.Locale;

/**
 * What a value means for the analyst, independent of colour; the stylesheet maps each tone to
 * AtlantaFX tokens so both themes stay legible.
 */
public enum Tone {
  NEUTRAL,
  ACCENT,
  SUCCESS,
  WARNING,
  DANGER,
  MUTED;

  /** The style class of a badge in this tone, e.g. {@code tone-danger}. */
  public String styleClass() {
    return "tone-" + name().toLowerCase(Locale.ROOT);
  }
}
