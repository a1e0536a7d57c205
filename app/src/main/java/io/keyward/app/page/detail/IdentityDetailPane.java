package io.keyward.app.page.detail;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import io.keyward.app.format.Display;
import io.keyward.app.format.Tone;
import io.keyward.app.format.Tones;
import io.keyward.app.page.timeline.TimelineView;
import io.keyward.app.view.Badge;
import io.keyward.app.view.Labels;
import io.keyward.model.cache.IdentityDetail;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * Who an identity is and what it can do: kind and why, owner (or its absence, loudly), its
 * credentials, grants, delegations both ways and alerts.
 */
public final class IdentityDetailPane extends StackPane {
  /** Key labels at least this wide, so the values line up. */
  private static final double KEY_WIDTH = 80;

  private final IdentityDetailViewModel viewModel;
  private final VBox content = new VBox(18);
  private final String role;
  private final Runnable close;
  private final TimelineView timelineView;

  /**
   * @param role how the identity relates to the selected row, e.g. "Holder of the credential";
   *     empty when the row is the identity itself
   * @param close what the close button does, usually clearing the table's selection
   */
  public IdentityDetailPane(IdentityDetailViewModel viewModel, String role, Runnable close) {
    this.viewModel = viewModel;
    this.role = role;
    this.close = close;
    this.timelineView =
        new TimelineView(viewModel.timeline(), "Identity", viewModel.timeline()::clear);
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    content.getStyleClass().add("detail-content");
    getChildren().add(scroll);
    getStyleClass().add("detail-pane");
    setId("identity-detail");
    setMinWidth(360);
    viewModel.detail().addListener((obs, old, detail) -> render());
    viewModel.problem().addListener((obs, old, problem) -> render());
    viewModel.loading().addListener((obs, old, loading) -> render());
    viewModel.timeline().onChange(this::render);
    viewModel.insight().addListener((obs, old, insight) -> render());
    viewModel.usage().addListener((obs, old, usage) -> render());
    render();
  }

  private void render() {
    if (timelineView.showIfOpen(content)) {
      return;
    }
    IdentityDetail detail = viewModel.detail().get();
    if (detail == null) {
      Label message = new Label(emptyMessage());
      message.getStyleClass().add(Styles.TEXT_MUTED);
      message.setWrapText(true);
      content.getChildren().setAll(message);
      return;
    }
    Instant now = viewModel.now();
    content.getChildren().setAll(heading(detail), facts(detail, now), tags(detail.identity()));
    if (viewModel.analysed()) {
      content.getChildren().addAll(InsightSections.of(viewModel.insight().get(), detail::nameOf));
    }
    content
        .getChildren()
        .addAll(
            section(
                "Credentials",
                detail.credentials().size(),
                detail.credentials(),
                credential -> item(DetailLine.of(credential, now))),
            section(
                "Grants",
                detail.grantCount(),
                detail.grants(),
                grant -> item(DetailLine.of(grant, viaName(detail, grant)))),
            UsageSection.of(
                viewModel.usage().get(), viewModel.usageDays(), IdentityDetailPane::item),
            section(
                "Acts through",
                detail.outbound().size(),
                detail.outbound(),
                delegation -> item(DetailLine.of(delegation, detail.nameOf(delegation.toId())))),
            section(
                "Others acting through it",
                detail.inbound().size(),
                detail.inbound(),
                delegation -> item(DetailLine.of(delegation, detail.nameOf(delegation.fromId())))),
            section(
                "Alerts",
                detail.alerts().size(),
                detail.alerts(),
                alert -> item(DetailLine.of(alert))));
    if (!viewModel.violations().isEmpty()) {
      content
          .getChildren()
          .add(
              2,
              section(
                  "Agent policy violations",
                  viewModel.violations().size(),
                  viewModel.violations(),
                  violation -> item(DetailLine.of(violation))));
    }
  }

  private String emptyMessage() {
    if (viewModel.loading().get()) {
      return "Loading…";
    }
    String problem = viewModel.problem().get();
    return problem.isEmpty() ? "This row is not matched to an identity." : problem;
  }

  private Node heading(IdentityDetail detail) {
    Identity identity = detail.identity();
    Label name = new Label(identity.name());
    name.getStyleClass().add(Styles.TITLE_3);
    name.setWrapText(true);
    name.setId("detail-name");
    Button closeButton = new Button("✕");
    closeButton.getStyleClass().add(Styles.FLAT);
    closeButton.setOnAction(event -> close.run());
    // A long wrapped name would otherwise squeeze the button to nothing.
    closeButton.setMinWidth(Region.USE_PREF_SIZE);
    HBox title = new HBox(8, name, new Spacer(), closeButton);
    // The actions get a row of their own: beside a long name they would be cut to "Ti…".
    Button timeline = new Button("Timeline");
    timeline.getStyleClass().addAll(Styles.SMALL);
    timeline.setId("open-timeline");
    timeline.setOnAction(event -> viewModel.openTimeline());
    HBox actions = new HBox(6, timeline);
    if (viewModel.analysed()) {
      Button graph = new Button("Open in graph");
      graph.getStyleClass().add(Styles.SMALL);
      graph.setId("open-in-graph");
      graph.setOnAction(event -> viewModel.openInGraph());
      actions.getChildren().add(graph);
    }
    if (viewModel.revocable()) {
      Button revoke = new Button("Revoke…");
      revoke.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
      revoke.setId("revoke-identity");
      revoke.setOnAction(event -> viewModel.revoke());
      actions.getChildren().add(revoke);
    }
    title.setAlignment(Pos.TOP_LEFT);
    HBox badges =
        new HBox(
            6,
            new Badge(Display.words(identity.kind()), Tone.ACCENT),
            new Badge(Display.words(identity.status()), Tones.of(identity.status())));
    Label reason =
        new Label(
            "Classified as "
                + Display.words(identity.kind()).toLowerCase(Locale.ROOT)
                + ": "
                + identity.classification());
    reason.setWrapText(true);
    reason.getStyleClass().add(Styles.TEXT_MUTED);
    VBox heading = new VBox(8, title, badges, reason, actions);
    if (!role.isEmpty()) {
      Label caption = new Label(role.toUpperCase(Locale.ROOT));
      caption.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, Styles.TEXT_BOLD);
      heading.getChildren().add(0, caption);
    }
    return heading;
  }

  private Node facts(IdentityDetail detail, Instant now) {
    Identity identity = detail.identity();
    GridPane grid = new GridPane();
    grid.setHgap(14);
    grid.setVgap(6);
    int row = 0;
    grid.addRow(row++, Labels.key("Owner", KEY_WIDTH), owner(detail));
    grid.addRow(
        row++,
        Labels.key("Source", KEY_WIDTH),
        Labels.value(detail.source().name() + " · " + detail.source().kind().displayName()));
    grid.addRow(row++, Labels.key("External id", KEY_WIDTH), Labels.value(identity.externalId()));
    if (identity.email() != null) {
      grid.addRow(row++, Labels.key("Email", KEY_WIDTH), Labels.value(identity.email()));
    }
    grid.addRow(
        row,
        Labels.key("Created", KEY_WIDTH),
        Labels.value(
            Display.instant(identity.createdAt())
                + (identity.createdAt() == null
                    ? ""
                    : "  (" + Display.days(identity.createdAt(), now) + " ago)")));
    return grid;
  }

  private Node owner(IdentityDetail detail) {
    Identity owner = detail.owner();
    if (owner != null) {
      return Labels.value(owner.name() + (owner.enabled() ? "" : " (disabled)"));
    }
    if (detail.identity().ownerId() != null) {
      return new Badge("Owner " + detail.identity().ownerId() + " not in the cache", Tone.WARNING);
    }
    if (!detail.identity().kind().isNonHuman()) {
      return Labels.value("—");
    }
    Badge missing = new Badge("No owner — nobody is accountable", Tone.DANGER);
    missing.setId("no-owner");
    return missing;
  }

  private Node tags(Identity identity) {
    FlowPane flow = new FlowPane(6, 6);
    new TreeMap<>(identity.tags())
        .forEach(
            (key, value) -> flow.getChildren().add(new Badge(key + " = " + value, Tone.NEUTRAL)));
    if (flow.getChildren().isEmpty()) {
      flow.getChildren().add(Labels.muted("No tags"));
    }
    return new VBox(6, sectionTitle("Tags", -1), flow);
  }

  private <T> Node section(String title, long total, List<T> items, Function<T, Node> item) {
    VBox box = new VBox(6, sectionTitle(title, total));
    if (items.isEmpty()) {
      box.getChildren().add(Labels.muted("None"));
    }
    items.forEach(each -> box.getChildren().add(item.apply(each)));
    if (total > items.size()) {
      box.getChildren()
          .add(Labels.muted("Showing the first " + items.size() + " of " + Display.count(total)));
    }
    return box;
  }

  private static @Nullable String viaName(IdentityDetail detail, Grant grant) {
    return grant.viaId() == null ? null : detail.nameOf(grant.viaId());
  }

  private static Node item(DetailLine line) {
    Label titleLabel = new Label(line.title());
    titleLabel.setWrapText(true);
    titleLabel.getStyleClass().add(Styles.TEXT_BOLD);
    HBox top = new HBox(8, titleLabel, new Spacer(), new Badge(line.badge(), line.tone()));
    top.setAlignment(Pos.CENTER_LEFT);
    Label sub = Labels.muted(line.facts());
    sub.getStyleClass().add(Styles.TEXT_SMALL);
    VBox box = new VBox(2, top, sub);
    box.getStyleClass().add("detail-item");
    return box;
  }

  private static Node sectionTitle(String title, long count) {
    Label label = new Label(count < 0 ? title : title + "  " + Display.count(count));
    label.getStyleClass().add("section-title");
    return label;
  }
}
