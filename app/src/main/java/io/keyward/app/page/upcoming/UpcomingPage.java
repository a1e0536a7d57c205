package io.keyward.app.page.upcoming;

import atlantafx.base.theme.Styles;
import io.keyward.app.page.ConsolePage;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A page whose feature is not built yet. It says so and names what the page will show, rather than
 * showing invented data.
 */
public final class UpcomingPage implements ConsolePage {
  private final VBox root;

  private UpcomingPage(String title, String purpose, List<String> willShow) {
    Label heading = new Label(title);
    heading.getStyleClass().add(Styles.TITLE_3);
    Label status = new Label("Not yet available");
    status.getStyleClass().addAll("badge", "tone-muted");
    Label summary = new Label(purpose);
    summary.setWrapText(true);
    summary.getStyleClass().add(Styles.TEXT_MUTED);
    VBox card = new VBox(10, status, summary, new Label("This page will show:"));
    for (String item : willShow) {
      Label line = new Label("•  " + item);
      line.setWrapText(true);
      card.getChildren().add(line);
    }
    card.getStyleClass().add("panel");
    card.setMaxWidth(720);
    root = new VBox(16, heading, card);
    root.setAlignment(Pos.TOP_LEFT);
    root.getStyleClass().add("page");
    root.setId(title.toLowerCase(Locale.ROOT) + "-page");
  }

  public static UpcomingPage scorecard() {
    return new UpcomingPage(
        "Scorecard",
        "Where the estate stands on the four-step IAM maturity model for AI agents.",
        List.of(
            "the level reached: ad hoc, foundation, enhanced or adaptive",
            "each criterion as pass, fail or unknown, with the evidence it counted",
            "what to fix to move up a level"));
  }

  @Override
  public Node view() {
    return root;
  }

  @Override
  public void activate() {}
}
