package io.keyward.app.view;

import io.keyward.app.format.Tone;
import javafx.scene.control.Label;

/** A small rounded label whose colours come from the tone's AtlantaFX tokens. */
public final class Badge extends Label {

  public Badge(String text, Tone tone) {
    super(text);
    getStyleClass().addAll("badge", tone.styleClass());
    // A badge is short and says something; neighbours wrap or shrink before it does.
    setMinWidth(USE_PREF_SIZE);
  }
}
