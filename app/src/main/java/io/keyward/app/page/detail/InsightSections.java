package io.keyward.app.page.detail;

import atlantafx.base.theme.Styles;
import io.keyward.app.format.Tone;
import io.keyward.app.page.graph.IdentityInsight;
import io.keyward.app.view.Badge;
import io.keyward.app.view.Labels;
import io.keyward.model.graph.DelegationChain;
import io.keyward.model.risk.RiskFactor;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/** The detail pane's risk score with its factors and the delegation chains through the identity. */
final class InsightSections {
  private InsightSections() {}

  /**
   * @param insight null while it is computed
   * @param nameOf display names of identity ids the detail knows; others show their last segment
   */
  static List<Node> of(@Nullable IdentityInsight insight, UnaryOperator<String> nameOf) {
    if (insight == null) {
      Label scoring = new Label("Scoring risk and tracing chains…");
      scoring.getStyleClass().add(Styles.TEXT_MUTED);
      return List.of(scoring);
    }
    return List.of(risk(insight), chains(insight, nameOf));
  }

  private static Node risk(IdentityInsight insight) {
    int score = insight.risk().score();
    Tone tone = score >= 70 ? Tone.DANGER : score >= 40 ? Tone.WARNING : Tone.SUCCESS;
    Label title = new Label("Risk");
    title.getStyleClass().add("section-title");
    Badge badge = new Badge(score + " / 100", tone);
    badge.setId("detail-risk");
    VBox box = new VBox(6, new HBox(8, title, badge));
    if (insight.risk().factors().isEmpty()) {
      box.getChildren().add(Labels.muted("No risk factor applies."));
    }
    for (RiskFactor factor : insight.risk().factors()) {
      Label head = new Label("+" + factor.points() + "  " + factor.kind().label());
      head.getStyleClass().add(Styles.TEXT_BOLD);
      Label reason = Labels.muted(factor.reason());
      reason.getStyleClass().add(Styles.TEXT_SMALL);
      VBox item = new VBox(2, head, reason);
      item.getStyleClass().add("detail-item");
      box.getChildren().add(item);
    }
    return box;
  }

  private static Node chains(IdentityInsight insight, UnaryOperator<String> nameOf) {
    List<DelegationChain> chains = insight.chains().chains();
    Label title =
        new Label(
            "Delegation chains  " + chains.size() + (insight.chains().truncated() ? "+" : ""));
    title.getStyleClass().add("section-title");
    VBox box = new VBox(6, title);
    if (chains.isEmpty()) {
      box.getChildren().add(Labels.muted("No delegation runs through it."));
    }
    for (DelegationChain chain : chains) {
      Label path =
          new Label(
              chain.principals().stream()
                  .map(id -> name(id, nameOf))
                  .collect(Collectors.joining(" → ")));
      path.setWrapText(true);
      VBox item = new VBox(4, path);
      if (chain.escalates()) {
        item.getChildren()
            .add(
                0,
                new Badge(
                    "Widens scope: +"
                        + chain.escalations().stream()
                            .flatMap(e -> e.extraScope().stream())
                            .distinct()
                            .collect(Collectors.joining(", ")),
                    Tone.DANGER));
      }
      item.getStyleClass().add("detail-item");
      box.getChildren().add(item);
    }
    return box;
  }

  private static String name(String id, UnaryOperator<String> nameOf) {
    String name = nameOf.apply(id);
    return name.equals(id) ? id.substring(id.lastIndexOf('/') + 1) : name;
  }
}
