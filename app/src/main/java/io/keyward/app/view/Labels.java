package io.keyward.app.view;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;

/** The few kinds of label every page uses, styled once so pages read alike. */
public final class Labels {
  private Labels() {}

  /** A section heading inside a page or pane. */
  public static Label sectionTitle(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("section-title");
    return label;
  }

  /** Secondary text that wraps: explanations, facts under a title. */
  public static Label muted(String text) {
    Label label = new Label(text);
    label.getStyleClass().add(Styles.TEXT_MUTED);
    label.setWrapText(true);
    return label;
  }

  /** The name column of a key/value line, at least {@code minWidth} wide so values align. */
  public static Label key(String text, double minWidth) {
    Label label = new Label(text);
    label.getStyleClass().add(Styles.TEXT_MUTED);
    label.setMinWidth(minWidth);
    return label;
  }

  /** The value of a key/value line; wraps when long. */
  public static Label value(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    return label;
  }
}
