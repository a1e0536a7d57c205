package io.keyward.app.view;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A centred message where a list or page has nothing to show, saying why and what to do. */
public final class EmptyState extends VBox {

  public EmptyState(String title, String explanation, Node... actions) {
    super(8);
    Label heading = new Label(title);
    heading.getStyleClass().add(Styles.TITLE_4);
    Label body = new Label(explanation);
    body.getStyleClass().add(Styles.TEXT_MUTED);
    body.setWrapText(true);
    body.setMaxWidth(460);
    getChildren().addAll(heading, body);
    getChildren().addAll(actions);
    setAlignment(Pos.CENTER);
    getStyleClass().add("empty-state");
  }
}
