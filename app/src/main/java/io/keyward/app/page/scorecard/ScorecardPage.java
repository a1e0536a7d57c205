package io.keyward.app.page.scorecard;

import atlantafx.base.theme.Styles;
import io.keyward.app.format.Display;
import io.keyward.app.format.Tone;
import io.keyward.app.page.ConsolePage;
import io.keyward.app.view.Badge;
import io.keyward.app.view.Labels;
import io.keyward.model.scorecard.Effort;
import io.keyward.model.scorecard.Evidence;
import io.keyward.model.scorecard.Finding;
import io.keyward.model.scorecard.MaturityStep;
import io.keyward.model.scorecard.NextMove;
import io.keyward.model.scorecard.ScoreReport;
import io.keyward.model.scorecard.Scorecard;
import io.keyward.model.scorecard.Status;
import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.jspecify.annotations.Nullable;

/**
 * The Scorecard page: level and gauge, what moves the estate up, every criterion by step with its
 * evidence a click from the inventory, the history chart; agent policies and thresholds in tabs.
 */
public final class ScorecardPage implements ConsolePage {
  private static final String STYLESHEET =
      ScorecardPage.class.getResource("scorecard.css").toExternalForm();

  /** How many sources or model versions a criterion names where no inventory can list them. */
  private static final int NAMED_ITEMS = 3;

  private static final double EFFORT_COLUMN = 110;

  private static final String[][] THRESHOLD_HELP = {
    {"maxAgentCredentialMinutes", "An agent credential living at most this long is short-lived."},
    {"minShortLivedShare", "Share of agent credentials that must be short-lived (0 to 1)."},
    {"maxStaticKeyAgeDays", "Oldest a non-expiring non-human key may be."},
    {"unusedGrantDays", "A grant not used for this long, or never, counts as unused."},
    {"maxUnusedGrantShare", "Share of non-human grants that may sit unused."},
    {"alertFeedMaxAgeHours", "A feed whose newest alert is older has gone quiet."},
    {"maxUnmatchedAlertShare", "Share of alerts that may map to no identity."},
    {"revocationTargetMinutes", "Alert-to-revocation time the adaptive step asks for."},
    {"responseSeverity", "Alerts at least this severe need a measured response."},
    {"phishingResistantMfa", "mfa tag values that count as phishing-resistant."}
  };

  private final ScorecardViewModel viewModel;
  private final PoliciesPane policies;
  private final VBox root;
  private final VBox levelCard = new VBox();
  private final HBox gauge = new HBox(6);
  private final VBox moves = new VBox();
  private final Label movesTitle = Labels.sectionTitle("");
  private final VBox steps = new VBox(18);
  private final HistoryChartView chart = new HistoryChartView();
  private final Label chartNote = new Label();

  public ScorecardPage(ScorecardViewModel viewModel, PoliciesViewModel policiesViewModel) {
    this.viewModel = viewModel;
    this.policies = new PoliciesPane(policiesViewModel);

    Label title = new Label("Scorecard");
    title.getStyleClass().add(Styles.TITLE_3);
    ComboBox<ScopeChoice> scope = new ComboBox<>(viewModel.scopes());
    scope.setId("scorecard-scope");
    scope.valueProperty().bindBidirectional(viewModel.scope());
    scope.setPrefWidth(240);
    Button export = new Button("Export HTML report…");
    export.setId("export-report");
    export.setOnAction(event -> chooseExport());
    export.disableProperty().bind(viewModel.report().isNull());
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(viewModel.loading());
    Region push = new Region();
    HBox.setHgrow(push, Priority.ALWAYS);
    HBox header = new HBox(10, title, busy, push, new Label("Scope"), scope, export);
    header.setAlignment(Pos.CENTER_LEFT);

    Label failure = boundMessage(viewModel.failure().isEmpty().not(), Styles.DANGER);
    failure.textProperty().bind(viewModel.failure());
    Label notice = boundMessage(viewModel.notice().isEmpty().not(), Styles.TEXT_MUTED);
    notice.textProperty().bind(viewModel.notice());
    notice.setId("scorecard-notice");

    TabPane tabs =
        new TabPane(
            tab("Maturity", "tab-maturity", maturity()),
            tab("Agent policies", "tab-policies", policies.view()),
            tab("Thresholds", "tab-thresholds", thresholds()));
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null && "tab-policies".equals(now.getId())) {
                policiesViewModel.activate();
              }
            });
    VBox.setVgrow(tabs, Priority.ALWAYS);

    root = new VBox(10, header, failure, notice, tabs);
    root.getStyleClass().addAll("page", "scorecard-page");
    root.getStylesheets().add(STYLESHEET);
    root.setId("scorecard-page");

    viewModel.report().addListener((obs, old, report) -> render(report));
    viewModel.history().addListener((ListChangeListener<Object>) change -> renderHistory());
  }

  @Override
  public Node view() {
    return root;
  }

  @Override
  public void activate() {
    viewModel.activate();
  }

  private Node maturity() {
    HBox.setHgrow(gauge, Priority.ALWAYS);
    levelCard.getStyleClass().add("level-card");
    HBox summary = new HBox(28, levelCard, gauge);
    summary.setAlignment(Pos.CENTER_LEFT);
    VBox movesPanel = new VBox(6, movesTitle, moves);
    movesPanel.getStyleClass().add("panel");
    chartNote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    VBox history = new VBox(8, Labels.sectionTitle("Progress over time"), chart, chartNote);
    history.getStyleClass().add("panel");
    VBox content = new VBox(18, summary, movesPanel, steps, history);
    content.setPadding(new Insets(14, 4, 14, 0));
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    scroll.setId("maturity-scroll");
    return scroll;
  }

  private void render(@Nullable ScoreReport report) {
    if (report == null) {
      return;
    }
    Scorecard s = report.scorecard();
    renderLevel(s);
    renderGauge(s);
    renderMoves(s);
    steps.getChildren().clear();
    for (MaturityStep step : MaturityStep.values()) {
      if (step != MaturityStep.AD_HOC) {
        steps.getChildren().add(stepPanel(step, viewModel.findings(step)));
      }
    }
    renderHistory();
  }

  private void renderLevel(Scorecard s) {
    Label eyebrow = new Label("CURRENT LEVEL · " + s.scope().label().toUpperCase(Locale.ROOT));
    eyebrow.getStyleClass().add("level-eyebrow");
    Label number = new Label(Integer.toString(s.level().number()));
    number.getStyleClass().add("level-number");
    Label name = new Label(s.level().title());
    name.getStyleClass().add("level-title");
    name.setId("scorecard-level");
    HBox heading = new HBox(10, number, name);
    heading.setAlignment(Pos.CENTER_LEFT);
    Label summary = new Label(s.level().summary());
    summary.setWrapText(true);
    summary.setMaxWidth(380);
    summary.getStyleClass().add(Styles.TEXT_MUTED);
    HBox counts =
        new HBox(
            6,
            new Badge(s.count(Status.PASS) + " pass", Tone.SUCCESS),
            new Badge(s.count(Status.FAIL) + " fail", Tone.DANGER),
            new Badge(s.count(Status.UNKNOWN) + " unknown", Tone.WARNING));
    levelCard.getChildren().setAll(eyebrow, heading, summary, counts);
  }

  private void renderGauge(Scorecard s) {
    MaturityStep level = s.level();
    gauge.getChildren().clear();
    for (MaturityStep step : MaturityStep.values()) {
      Label number = new Label("Step " + step.number());
      number.getStyleClass().add("step-number");
      Label title = new Label(step.title());
      title.getStyleClass().add("step-title");
      List<Finding> findings = s.of(step);
      long passing = findings.stream().filter(f -> f.status() == Status.PASS).count();
      Label criteria =
          new Label(
              findings.isEmpty()
                  ? "the starting point"
                  : passing + " of " + findings.size() + " criteria pass");
      criteria.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
      VBox box = new VBox(2, number, title, criteria);
      box.getStyleClass().add("gauge-step");
      box.setId("gauge-" + step.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      if (step.compareTo(level) <= 0) {
        box.getStyleClass().add("reached");
      }
      if (step == level) {
        box.getStyleClass().add("current");
        Label here = new Label("You are here");
        here.getStyleClass().add("step-here");
        box.getChildren().add(here);
      }
      box.setMaxWidth(Double.MAX_VALUE);
      box.setPrefWidth(120);
      HBox.setHgrow(box, Priority.ALWAYS);
      gauge.getChildren().add(box);
    }
  }

  private void renderMoves(Scorecard s) {
    moves.getChildren().clear();
    if (s.next().isEmpty()) {
      movesTitle.setText("Top step reached");
      moves.getChildren().add(new Label("Every criterion passes."));
      return;
    }
    movesTitle.setText("What moves you to " + s.next().get().title() + " — cheapest first");
    for (NextMove move : viewModel.moves()) {
      HBox size = new HBox(new Badge(Display.words(move.size()) + " effort", tone(move.size())));
      size.setMinWidth(EFFORT_COLUMN);
      size.setPrefWidth(EFFORT_COLUMN);
      Label criterion = new Label(move.finding().criterion().title());
      criterion.getStyleClass().add("criterion-title");
      Label action = wrapped(move.action(), "");
      Label measured = wrapped(move.finding().explanation(), Styles.TEXT_MUTED);
      measured.getStyleClass().add(Styles.TEXT_SMALL);
      VBox text = new VBox(2, criterion, action, measured);
      HBox.setHgrow(text, Priority.ALWAYS);
      HBox row = new HBox(12, size, text);
      row.getStyleClass().add("move-row");
      moves.getChildren().add(row);
    }
  }

  private Node stepPanel(MaturityStep step, List<Finding> findings) {
    long passing = findings.stream().filter(f -> f.status() == Status.PASS).count();
    Label heading = new Label(step.number() + " · " + step.title());
    heading.getStyleClass().add(Styles.TITLE_4);
    Label count = new Label(passing + " of " + findings.size() + " pass");
    count.getStyleClass().add(Styles.TEXT_MUTED);
    HBox title = new HBox(10, heading, count);
    title.setAlignment(Pos.BASELINE_LEFT);
    GridPane table = new GridPane();
    ColumnConstraints status = new ColumnConstraints(86);
    ColumnConstraints criterion = new ColumnConstraints(300, 560, Double.MAX_VALUE);
    criterion.setHgrow(Priority.ALWAYS);
    ColumnConstraints evidence = new ColumnConstraints(220, 280, 340);
    table.getColumnConstraints().addAll(status, criterion, evidence);
    int row = 0;
    for (Finding finding : findings) {
      addCriterion(table, row++, finding);
    }
    VBox panel = new VBox(8, title, table);
    panel.getStyleClass().add("panel");
    panel.setId("step-" + step.name().toLowerCase(Locale.ROOT));
    return panel;
  }

  private void addCriterion(GridPane table, int row, Finding finding) {
    VBox status = new VBox(new Badge(finding.status().name(), tone(finding.status())));
    Label title = wrapped(finding.criterion().title(), "criterion-title");
    Label explanation = wrapped(finding.explanation(), Styles.TEXT_MUTED);
    VBox text = new VBox(3, title, explanation);
    if (finding.status() != Status.PASS) {
      Label remedy = wrapped("Fix: " + finding.criterion().remediation(), Styles.TEXT_SMALL);
      text.getChildren().add(remedy);
    }
    VBox evidence = new VBox(2);
    for (Evidence e : finding.evidence()) {
      evidence.getChildren().add(evidenceLink(finding, e));
    }
    if (finding.evidence().isEmpty()) {
      Label none =
          new Label(finding.checked() == 0 ? "—" : Display.count(finding.checked()) + " checked");
      none.getStyleClass().add(Styles.TEXT_MUTED);
      evidence.getChildren().add(none);
    }
    for (Node cell : List.of(status, text, evidence)) {
      ((Region) cell).getStyleClass().add("criterion-row");
      ((Region) cell).setMaxHeight(Double.MAX_VALUE);
      ((Region) cell).setMaxWidth(Double.MAX_VALUE);
    }
    table.addRow(row, status, text, evidence);
    text.setId("criterion-" + finding.id());
  }

  private Node evidenceLink(Finding finding, Evidence e) {
    String what = e.kind().count(e.count());
    if (!ScorecardViewModel.opens(e.kind())) {
      // No inventory lists sources or model versions: name the first few instead.
      ScoreReport report = viewModel.report().get();
      List<String> names =
          e.ids().stream()
              .limit(NAMED_ITEMS)
              .map(id -> report == null ? id : report.names().of(e.kind(), id))
              .toList();
      String more = e.count() > NAMED_ITEMS ? ", …" : "";
      Label label = wrapped(what + ": " + String.join(", ", names) + more, "");
      label.setTooltip(new Tooltip(e.what()));
      return label;
    }
    Hyperlink link = new Hyperlink("Show " + what + "  →");
    link.getStyleClass().add("evidence-link");
    link.setId("evidence-" + finding.id() + "-" + e.kind().name().toLowerCase(Locale.ROOT));
    link.setTooltip(new Tooltip(e.what()));
    link.setOnAction(event -> viewModel.open(finding, e));
    return link;
  }

  private void renderHistory() {
    ScoreReport report = viewModel.report().get();
    int criteria = report == null ? 17 : report.scorecard().findings().size();
    chart.draw(viewModel.history(), criteria);
    int n = viewModel.history().size();
    chartNote.setText(
        n <= 1
            ? "One score so far. Each sync that changes the estate adds a point when it is scored."
                + " Line: level (left); bars: passing criteria (right)."
            : n
                + " scores, one per scored estate state. Line: level (left); bars: passing criteria"
                + " (right).");
  }

  private Node thresholds() {
    Label intro =
        wrapped(
            "The numbers the criteria compare against, kept in the cache. Name only what you change;"
                + " the rest keep their defaults (docs/scorecard.md explains each).",
            Styles.TEXT_MUTED);
    TextArea editor = new TextArea();
    editor.setId("thresholds-editor");
    editor.getStyleClass().add("json-editor");
    editor.textProperty().bindBidirectional(viewModel.thresholdsText());
    editor.setPrefRowCount(13);
    Button apply = new Button("Apply and score again");
    apply.setId("thresholds-apply");
    apply.getStyleClass().add(Styles.ACCENT);
    apply.setOnAction(event -> viewModel.applyThresholds());
    Button reset = new Button("Reset to defaults");
    reset.setOnAction(event -> viewModel.resetThresholds());
    // A snapshot keeps the profile it was taken with.
    apply.setDisable(viewModel.readOnly());
    reset.setDisable(viewModel.readOnly());
    Label problem = boundMessage(viewModel.thresholdsProblem().isEmpty().not(), "validation-error");
    problem.textProperty().bind(viewModel.thresholdsProblem());
    problem.setId("thresholds-problem");
    GridPane help = new GridPane();
    help.setHgap(16);
    help.setVgap(4);
    int row = 0;
    for (String[] line : THRESHOLD_HELP) {
      Label key = new Label(line[0]);
      key.getStyleClass().add("json-editor");
      key.setMinWidth(Region.USE_PREF_SIZE);
      help.addRow(row++, key, wrapped(line[1], Styles.TEXT_MUTED));
    }
    VBox helpPanel = new VBox(10, Labels.sectionTitle("What each threshold means"), help);
    helpPanel.getStyleClass().add("panel");
    VBox box = new VBox(10, intro, editor, new HBox(8, apply, reset), problem, helpPanel);
    box.setPadding(new Insets(14, 0, 0, 0));
    box.setMaxWidth(900);
    ScrollPane scroll = new ScrollPane(box);
    scroll.setFitToWidth(true);
    return scroll;
  }

  private void chooseExport() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export the scorecard report");
    chooser.setInitialFileName("keyward-scorecard.html");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML", "*.html"));
    File file = chooser.showSaveDialog(root.getScene().getWindow());
    if (file != null) {
      viewModel.exportHtml(file.toPath());
    }
  }

  static Tone tone(Status status) {
    return switch (status) {
      case PASS -> Tone.SUCCESS;
      case FAIL -> Tone.DANGER;
      case UNKNOWN -> Tone.WARNING;
    };
  }

  private static Tone tone(Effort effort) {
    return switch (effort) {
      case LOW -> Tone.SUCCESS;
      case MEDIUM -> Tone.WARNING;
      case HIGH -> Tone.DANGER;
    };
  }

  private static Tab tab(String title, String id, Node content) {
    Tab tab = new Tab(title, content);
    tab.setId(id);
    return tab;
  }

  static Label wrapped(String text, String styleClass) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    if (!styleClass.isEmpty()) {
      label.getStyleClass().add(styleClass);
    }
    return label;
  }

  static Label boundMessage(BooleanBinding shown, String styleClass) {
    Label label = new Label();
    label.setWrapText(true);
    label.getStyleClass().add(styleClass);
    label.visibleProperty().bind(shown);
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }
}
