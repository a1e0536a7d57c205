package io.keyward.app.page.alerts;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import io.keyward.app.format.Display;
import io.keyward.app.format.Tone;
import io.keyward.app.format.Tones;
import io.keyward.app.page.timeline.TimelineView;
import io.keyward.app.view.Badge;
import io.keyward.app.view.Labels;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Identity;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One alert in full: what fired, when and where; what it was mapped to (or, loudly, that it was
 * not), with the way to each subject's timeline; and the raw event as the feed sent it.
 */
public final class AlertDetailPane extends StackPane {
  /** Key labels at least this wide, so the values line up. */
  private static final double KEY_WIDTH = 70;

  private final AlertDetailViewModel viewModel;
  private final Runnable close;
  private final VBox content = new VBox(18);
  private final TimelineView timeline;

  public AlertDetailPane(AlertDetailViewModel viewModel, Runnable close) {
    this.viewModel = viewModel;
    this.close = close;
    this.timeline = new TimelineView(viewModel.timeline(), "Alert", viewModel.timeline()::clear);
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    content.getStyleClass().add("detail-content");
    getChildren().add(scroll);
    getStyleClass().add("detail-pane");
    setId("alert-detail");
    setMinWidth(380);
    viewModel.detail().addListener((obs, old, detail) -> render());
    viewModel.problem().addListener((obs, old, problem) -> render());
    viewModel.timeline().onChange(this::render);
    render();
  }

  private void render() {
    if (timeline.showIfOpen(content)) {
      return;
    }
    AlertDetail detail = viewModel.detail().get();
    if (detail == null) {
      String problem = viewModel.problem().get();
      content.getChildren().setAll(Labels.muted(problem.isEmpty() ? "Loading…" : problem));
      return;
    }
    content
        .getChildren()
        .setAll(heading(detail.alert()), facts(detail), mapping(detail), event(detail));
  }

  private Node heading(Alert alert) {
    Label caption = new Label("ALERT");
    caption.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, Styles.TEXT_BOLD);
    Label title = new Label(alert.title());
    title.getStyleClass().add(Styles.TITLE_3);
    title.setWrapText(true);
    title.setId("alert-title");
    Button closeButton = new Button("✕");
    closeButton.getStyleClass().add(Styles.FLAT);
    closeButton.setOnAction(event -> close.run());
    // A long wrapped name would otherwise squeeze the button to nothing.
    closeButton.setMinWidth(Region.USE_PREF_SIZE);
    HBox top = new HBox(8, title, new Spacer(), closeButton);
    top.setAlignment(Pos.TOP_LEFT);
    HBox badges =
        new HBox(
            6,
            new Badge(Display.words(alert.severity()), Tones.of(alert.severity())),
            new Badge(Display.words(alert.status()), Tones.of(alert.status())),
            alert.matched()
                ? new Badge("Matched", Tone.SUCCESS)
                : new Badge("Unmatched", Tone.WARNING));
    VBox heading = new VBox(8, caption, top, badges);
    if (viewModel.revocable()) {
      Button revoke = new Button("Revoke subject…");
      revoke.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
      revoke.setId("revoke-alert-subject");
      revoke.setOnAction(event -> viewModel.revoke());
      heading.getChildren().add(revoke);
    }
    return heading;
  }

  private Node facts(AlertDetail detail) {
    Alert alert = detail.alert();
    GridPane grid = new GridPane();
    grid.setHgap(14);
    grid.setVgap(6);
    int row = 0;
    grid.addRow(row++, Labels.key("Time", KEY_WIDTH), Labels.value(Display.instant(alert.time())));
    grid.addRow(row++, Labels.key("Type", KEY_WIDTH), Labels.value(alert.shortType()));
    if (!alert.shortType().equals(alert.type())) {
      Label full = Labels.value(alert.type());
      full.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
      grid.addRow(row++, new Label(), full);
    }
    grid.addRow(row++, Labels.key("Source", KEY_WIDTH), Labels.value(detail.sourceName()));
    grid.addRow(row, Labels.key("Feed id", KEY_WIDTH), Labels.value(alert.externalId()));
    return grid;
  }

  private Node mapping(AlertDetail detail) {
    VBox box = new VBox(6, Labels.sectionTitle("Mapped to"));
    box.setId("alert-mapping");
    Identity identity = detail.identity();
    Credential credential = detail.credential();
    if (identity == null && credential == null) {
      Label none =
          new Label(
              detail.alert().matched()
                  ? "The identity or credential it was matched to is no longer in the cache."
                  : "Unmatched: nothing in the cache carries the key id, ARN, object id, email or"
                      + " subject this event names. Sync the source that holds it, then import"
                      + " the feed again.");
      none.setWrapText(true);
      none.getStyleClass().add("note");
      box.getChildren().add(none);
      return box;
    }
    if (identity != null) {
      box.getChildren()
          .add(
              subject(
                  identity.name(),
                  Display.words(identity.kind())
                      + " · "
                      + identity.externalId()
                      + (credential != null ? " · holds the credential below" : ""),
                  "Identity",
                  "identity-timeline",
                  viewModel::openIdentityTimeline));
    }
    if (credential != null) {
      box.getChildren()
          .add(
              subject(
                  credential.displayName().isBlank()
                      ? credential.externalId()
                      : credential.displayName(),
                  Display.words(credential.kind())
                      + " · "
                      + credential.externalId()
                      + " · "
                      + Display.words(credential.status()),
                  "Credential",
                  "credential-timeline",
                  viewModel::openCredentialTimeline));
    }
    return box;
  }

  private static Node subject(
      String name, String facts, String badge, String buttonId, Runnable openTimeline) {
    Label title = new Label(name);
    title.setWrapText(true);
    title.getStyleClass().add(Styles.TEXT_BOLD);
    Button timeline = new Button("Timeline");
    timeline.getStyleClass().add(Styles.SMALL);
    timeline.setId(buttonId);
    timeline.setOnAction(event -> openTimeline.run());
    HBox top = new HBox(8, title, new Badge(badge, Tone.ACCENT), new Spacer(), timeline);
    top.setAlignment(Pos.CENTER_LEFT);
    Label sub = Labels.muted(facts);
    sub.getStyleClass().add(Styles.TEXT_SMALL);
    VBox item = new VBox(2, top, sub);
    item.getStyleClass().add("detail-item");
    return item;
  }

  private Node event(AlertDetail detail) {
    TextArea raw = new TextArea(detail.event());
    raw.setEditable(false);
    raw.setWrapText(false);
    raw.getStyleClass().add("raw-event");
    raw.setId("raw-event");
    raw.setPrefRowCount(Math.min(24, (int) detail.event().lines().count() + 1));
    return new VBox(6, Labels.sectionTitle("Raw event"), raw);
  }
}
