package io.keyward.app.page.detail;

import atlantafx.base.theme.Styles;
import io.keyward.app.format.Display;
import io.keyward.app.format.Tone;
import io.keyward.app.view.Labels;
import io.keyward.model.usage.GrantUse;
import io.keyward.model.usage.SeenAction;
import io.keyward.model.usage.UsageStatus;
import io.keyward.model.usage.UsedVsGranted;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * The detail pane's "Used vs granted": each grant with its last use (unused ones flagged, unknown
 * ones said so), then what the identity was seen doing that no grant explains.
 */
final class UsageSection {
  private UsageSection() {}

  /**
   * @param usage null while it loads
   * @param item draws one line the way the rest of the pane does
   */
  static Node of(@Nullable UsedVsGranted usage, int days, Function<DetailLine, Node> item) {
    Label title = new Label("Used vs granted");
    title.getStyleClass().add("section-title");
    VBox box = new VBox(6, title);
    box.setId("detail-usage");
    if (usage == null) {
      box.getChildren().add(Labels.muted("Reading access events…"));
      return box;
    }
    Label summary =
        Labels.muted(
            String.format(
                Locale.ROOT,
                "In %d days: %d used, %d unused, %d unknown · %s%s",
                days,
                usage.count(UsageStatus.USED),
                usage.count(UsageStatus.UNUSED),
                usage.count(UsageStatus.UNKNOWN),
                Display.count(usage.events(), "event", "events"),
                usage.lastActivity() == null
                    ? ""
                    : ", last " + Display.instant(usage.lastActivity())));
    summary.setWrapText(true);
    box.getChildren().add(summary);
    List<GrantUse> held = new ArrayList<>(usage.held());
    // Unused first: that is what the analyst removes.
    held.sort((a, b) -> Integer.compare(rank(a.status()), rank(b.status())));
    held.forEach(use -> box.getChildren().add(item.apply(line(use))));
    if (!usage.unexplained().isEmpty()) {
      Label seen = new Label("Seen doing, explained by no grant");
      seen.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL);
      box.getChildren().add(seen);
      usage.unexplained().forEach(a -> box.getChildren().add(item.apply(line(a))));
    }
    return box;
  }

  private static int rank(UsageStatus status) {
    return switch (status) {
      case UNUSED -> 0;
      case UNKNOWN -> 1;
      case USED -> 2;
    };
  }

  static DetailLine line(GrantUse use) {
    String badge =
        switch (use.status()) {
          case USED -> "Used";
          case UNUSED -> "Unused";
          case UNKNOWN -> "Unknown";
        };
    Tone tone =
        switch (use.status()) {
          case USED -> Tone.SUCCESS;
          case UNUSED -> Tone.WARNING;
          case UNKNOWN -> Tone.MUTED;
        };
    return new DetailLine(
        use.grant().permission() + " on " + use.grant().resource(), badge, tone, use.evidence());
  }

  static DetailLine line(SeenAction action) {
    return new DetailLine(
        action.action() + (action.resource() == null ? "" : " on " + action.resource()),
        action.denied() ? "Denied" : "No grant",
        action.denied() ? Tone.DANGER : Tone.WARNING,
        Display.count(action.count(), "time", "times")
            + ", last "
            + Display.instant(action.lastSeen())
            + " · event "
            + action.lastEventId());
  }
}
