package io.keyward.app.page.timeline;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import io.keyward.app.format.Display;
import io.keyward.app.view.Badge;
import io.keyward.app.view.Labels;
import io.keyward.model.timeline.Timeline;
import io.keyward.model.timeline.TimelineEntry;
import io.keyward.model.timeline.TimelineText;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * A timeline as a list, oldest first: when, what kind (a badge), what happened and its facts; then
 * what the timeline cannot show. A back button returns to the pane it was opened from; "Copy as
 * text" puts the timeline on the clipboard as {@code keyward timeline} prints it.
 */
public final class TimelineView extends VBox {
  private final TimelineViewModel viewModel;
  private final String backLabel;
  private final Runnable back;

  public TimelineView(TimelineViewModel viewModel, String backLabel, Runnable back) {
    super(12);
    this.viewModel = viewModel;
    this.backLabel = backLabel;
    this.back = back;
    setId("timeline");
    getStyleClass().add("timeline");
    viewModel.timeline().addListener((obs, old, now) -> render());
    viewModel.loading().addListener((obs, old, now) -> render());
    viewModel.problem().addListener((obs, old, now) -> render());
    render();
  }

  /**
   * While a timeline is open, makes this view {@code content}'s only child (once, so scrolling and
   * focus survive re-renders of the pane around it).
   *
   * @return whether the timeline is open and shown
   */
  public boolean showIfOpen(Pane content) {
    if (!viewModel.open()) {
      return false;
    }
    if (content.getChildren().size() != 1 || content.getChildren().get(0) != this) {
      content.getChildren().setAll(this);
    }
    return true;
  }

  private void render() {
    Button backButton = new Button("← " + backLabel);
    backButton.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
    backButton.setOnAction(event -> back.run());
    backButton.setId("timeline-back");
    Timeline timeline = viewModel.timeline().get();
    if (timeline == null) {
      Label message =
          Labels.muted(
              viewModel.loading().get() ? "Loading the timeline…" : viewModel.problem().get());
      getChildren().setAll(backButton, message);
      return;
    }
    Button copy = new Button("Copy as text");
    copy.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
    copy.setId("timeline-copy");
    copy.setOnAction(
        event -> {
          // The same text `keyward timeline` prints, ready for a ticket.
          ClipboardContent content = new ClipboardContent();
          content.putString(TimelineText.of(timeline));
          Clipboard.getSystemClipboard().setContent(content);
          copy.setText("Copied");
        });
    HBox actions = new HBox(8, backButton, new Spacer(), copy);
    actions.setAlignment(Pos.CENTER_LEFT);
    Label caption = new Label("INCIDENT TIMELINE");
    caption.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, Styles.TEXT_BOLD);
    Label name = new Label(timeline.subjectName());
    name.getStyleClass().add(Styles.TITLE_3);
    name.setWrapText(true);
    name.setId("timeline-subject");
    Label count =
        Labels.muted(
            Display.count(timeline.entries().size(), "entry", "entries") + ", oldest first");
    getChildren().setAll(actions, new VBox(4, caption, name, count));
    if (timeline.entries().isEmpty()) {
      getChildren().add(Labels.muted("Nothing recorded about it yet."));
    }
    for (TimelineEntry entry : timeline.entries()) {
      getChildren().add(entry(entry));
    }
    for (String limit : timeline.limits()) {
      Label note = new Label(limit);
      note.setWrapText(true);
      note.getStyleClass().add("note");
      note.setId("timeline-limit");
      getChildren().add(note);
    }
  }

  private static Node entry(TimelineEntry entry) {
    Label when = new Label(Display.instant(entry.time()));
    when.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    HBox top =
        new HBox(
            8,
            when,
            new Spacer(),
            new Badge(TimelineViewModel.badge(entry), TimelineViewModel.tone(entry)));
    top.setAlignment(Pos.CENTER_LEFT);
    Label title = new Label(entry.title());
    title.setWrapText(true);
    title.getStyleClass().add(Styles.TEXT_BOLD);
    Label facts = Labels.muted(entry.detail());
    facts.getStyleClass().add(Styles.TEXT_SMALL);
    VBox box = new VBox(2, top, title, facts);
    box.getStyleClass().addAll("detail-item", "timeline-entry");
    return box;
  }
}
