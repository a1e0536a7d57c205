package io.keyward.app.page.graph;

import javafx.scene.text.Text;

/** How wide a text is drawn, so the layout leaves room for names and labels. */
@FunctionalInterface
interface TextWidth {
  double of(String text, boolean small);

  /** Measured with JavaFX {@link Text}, which may be used off the FX thread while unattached. */
  static TextWidth fx() {
    return (text, small) -> {
      Text measure = new Text(text);
      measure.setFont(small ? GraphStyle.LABEL_FONT : GraphStyle.NAME_FONT);
      return measure.getLayoutBounds().getWidth();
    };
  }

  /** A fixed width per character, for tests that need no toolkit. */
  static TextWidth monospace(double perCharacter) {
    return (text, small) -> text.length() * perCharacter * (small ? 0.85 : 1);
  }
}
