package io.keyward.app.console;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import io.keyward.app.format.Display;
import io.keyward.app.page.ConsolePage;
import io.keyward.app.page.PageContext;
import io.keyward.app.page.alerts.AlertsPage;
import io.keyward.app.page.alerts.AlertsViewModel;
import io.keyward.app.page.credentials.CredentialsPage;
import io.keyward.app.page.credentials.CredentialsViewModel;
import io.keyward.app.page.delegations.DelegationsPage;
import io.keyward.app.page.delegations.DelegationsViewModel;
import io.keyward.app.page.detail.IdentityDetailViewModel;
import io.keyward.app.page.grants.GrantsPage;
import io.keyward.app.page.grants.GrantsViewModel;
import io.keyward.app.page.graph.EstateGraph;
import io.keyward.app.page.graph.GraphPage;
import io.keyward.app.page.graph.GraphViewModel;
import io.keyward.app.page.identities.IdentitiesPage;
import io.keyward.app.page.identities.IdentitiesViewModel;
import io.keyward.app.page.inventory.InventoryViewModel;
import io.keyward.app.page.inventory.Preset;
import io.keyward.app.page.lineage.LineagePage;
import io.keyward.app.page.lineage.LineageViewModel;
import io.keyward.app.page.overview.OverviewPage;
import io.keyward.app.page.overview.OverviewViewModel;
import io.keyward.app.page.revocations.RevocationsPage;
import io.keyward.app.page.revocations.RevokeRequest;
import io.keyward.app.page.scorecard.EvidenceDrilldown;
import io.keyward.app.page.scorecard.PoliciesViewModel;
import io.keyward.app.page.scorecard.ScorecardPage;
import io.keyward.app.page.scorecard.ScorecardViewModel;
import io.keyward.app.page.sources.SourceAdmin;
import io.keyward.app.page.sources.SourcesPage;
import io.keyward.app.page.sources.SourcesViewModel;
import io.keyward.model.cache.AlertFilter;
import io.keyward.model.cache.CredentialFilter;
import io.keyward.model.cache.DelegationFilter;
import io.keyward.model.cache.DemoInfo;
import io.keyward.model.cache.EstateRepository;
import io.keyward.model.cache.GrantFilter;
import io.keyward.model.cache.IdentityFilter;
import io.keyward.model.cache.Problem;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.snapshot.VerifiedSnapshot;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The console window's content: header with the DEMO badge and theme switch, the sidebar, and the
 * page area. It builds every page with what that page needs and routes overview problems to the
 * inventory that lists them.
 */
public final class ConsoleShell {
  private static final String STYLESHEET =
      ConsoleShell.class.getResource("console.css").toExternalForm();

  private final Map<PageName, ConsolePage> pages = new EnumMap<>(PageName.class);
  private final Map<PageName, ToggleButton> navigation = new EnumMap<>(PageName.class);
  private final StackPane content = new StackPane();
  private final BorderPane root = new BorderPane();
  private final IdentitiesViewModel identities;
  private final CredentialsViewModel credentials;
  private final GrantsViewModel grants;
  private final AlertsViewModel alerts;
  private final DelegationsViewModel delegations;
  private final SnapshotActions snapshotActions;
  private final RevocationsPage revocations;
  private final EstateRepository repository;
  private ThemeChoice theme;
  private PageName current = PageName.OVERVIEW;

  /**
   * @param demo present when the cache holds the generated demo estate
   * @param themeChanged told whenever the analyst switches theme, to remember it
   */
  public ConsoleShell(
      PageContext context,
      SourceAdmin sources,
      Path cacheFile,
      Optional<DemoInfo> demo,
      ThemeChoice theme,
      Consumer<ThemeChoice> themeChanged) {
    this(context, sources, cacheFile, demo, Optional.empty(), theme, themeChanged);
  }

  /**
   * @param snapshot present when the console shows a verified snapshot, read-only
   */
  public ConsoleShell(
      PageContext context,
      SourceAdmin sources,
      Path cacheFile,
      Optional<DemoInfo> demo,
      Optional<VerifiedSnapshot> snapshot,
      ThemeChoice theme,
      Consumer<ThemeChoice> themeChanged) {
    this.theme = theme;
    this.snapshotActions = new SnapshotActions(sources.cache(), context, snapshot);
    this.repository = context.repository();
    int limit = InventoryViewModel.DEFAULT_LIMIT;
    identities = new IdentitiesViewModel(context, limit);
    credentials = new CredentialsViewModel(context, limit);
    grants = new GrantsViewModel(context, limit);
    alerts = new AlertsViewModel(context, limit);
    delegations = new DelegationsViewModel(context, limit);
    pages.put(
        PageName.OVERVIEW,
        new OverviewPage(
            new OverviewViewModel(context, this::openProblem),
            problem -> destinationOf(problem).title()));
    IdentitiesPage identitiesPage = new IdentitiesPage(identities);
    CredentialsPage credentialsPage = new CredentialsPage(credentials);
    GrantsPage grantsPage = new GrantsPage(grants);
    DelegationsPage delegationsPage = new DelegationsPage(delegations);
    pages.put(PageName.IDENTITIES, identitiesPage);
    pages.put(PageName.CREDENTIALS, credentialsPage);
    pages.put(PageName.GRANTS, grantsPage);
    pages.put(PageName.DELEGATIONS, delegationsPage);
    pages.put(PageName.LINEAGE, new LineagePage(new LineageViewModel(context)));
    pages.put(PageName.ALERTS, new AlertsPage(alerts));
    ScorecardViewModel scorecard =
        new ScorecardViewModel(
            context, sources.cache(), sources.connectors().revocableKinds(), this::openEvidence);
    pages.put(
        PageName.SCORECARD,
        new ScorecardPage(
            scorecard, new PoliciesViewModel(context, sources.cache(), scorecard::reload)));
    EstateGraph estateGraph = new EstateGraph(context.repository(), context.clock());
    revocations = RevocationsPage.of(sources, context.tasks(), estateGraph);
    pages.put(PageName.REVOCATIONS, revocations);
    pages.put(PageName.SOURCES, new SourcesPage(new SourcesViewModel(context, sources)));
    GraphPage graph = new GraphPage(new GraphViewModel(estateGraph, context.tasks()));
    pages.put(PageName.GRAPH, graph);
    identities.detail().attach(estateGraph, id -> show(PageName.GRAPH, () -> graph.open(id)));

    // No revocation from a read-only snapshot: its items are offered nothing to revoke.
    if (!context.readOnly()) {
      identitiesPage.offerRevocation(Identity::id, this::openRevocation);
      credentialsPage.offerRevocation(Credential::id, this::openRevocation);
      grantsPage.offerRevocation(Grant::id, this::openRevocation);
      delegationsPage.offerRevocation(Delegation::id, this::openRevocation);
      for (IdentityDetailViewModel detail :
          List.of(
              identities.detail(),
              credentials.holder(),
              grants.principal(),
              delegations.target())) {
        detail.offerRevocation(this::openRevocation);
      }
      alerts.detail().offerRevocation(this::openRevocation);
    }

    root.setTop(header(snapshot.map(VerifiedSnapshot::file).orElse(cacheFile), demo, themeChanged));
    root.setLeft(sidebar());
    content.getStyleClass().add("page-area");
    root.setCenter(content);
    root.getStyleClass().add("console");
    show(PageName.OVERVIEW);
  }

  /** A scene holding the console, with the app stylesheet and the console's keys. */
  public Scene scene(double width, double height) {
    Scene scene = new Scene(root, width, height);
    scene.getStylesheets().add(STYLESHEET);
    PageName[] names = PageName.values();
    for (int i = 0; i < Math.min(9, names.length); i++) {
      PageName page = names[i];
      scene
          .getAccelerators()
          .put(
              new KeyCodeCombination(
                  KeyCode.getKeyCode(String.valueOf(i + 1)), KeyCombination.SHORTCUT_DOWN),
              () -> show(page));
    }
    scene
        .getAccelerators()
        .put(
            new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
            () -> pages.get(current).focusSearch());
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (event.getCode() == KeyCode.ESCAPE) {
            pages.get(current).clearSearch();
          }
        });
    return scene;
  }

  public PageName current() {
    return current;
  }

  public void show(PageName page) {
    show(page, () -> {});
  }

  /**
   * Shows {@code page}, running {@code then} before it activates (e.g. to choose what it shows).
   */
  private void show(PageName page, Runnable then) {
    current = page;
    ConsolePage shown = pages.get(page);
    content.getChildren().setAll(shown.view());
    navigation.get(page).setSelected(true);
    then.run();
    shown.activate();
  }

  /**
   * Puts {@code page} in the state a screenshot shows: the first row's detail, or on the
   * revocations page the plan for the first stale keys.
   */
  public void stageForScreenshot(PageName page) {
    switch (page) {
      case IDENTITIES -> identities.selectFirst();
      case ALERTS -> alerts.selectFirst();
      case REVOCATIONS -> {
        List<String> stale =
            repository.credentials(Problem.staleKeys(), 3).items().stream()
                .map(Credential::id)
                .toList();
        if (!stale.isEmpty()) {
          revocations.open(RevokeRequest.of(stale));
        }
      }
      default -> {}
    }
  }

  /** Shows the revocations page with the preflight of what was asked for elsewhere. */
  public void openRevocation(RevokeRequest request) {
    show(PageName.REVOCATIONS, () -> revocations.open(request));
  }

  /** Shows the inventory that lists {@code problem}'s items, filtered to exactly them. */
  public void openProblem(Problem problem) {
    switch (problem) {
      case STALE_KEYS ->
          credentials.applyPreset(new Preset<>(problem.title(), Problem.staleKeys()));
      case AGENTS_WITHOUT_OWNER ->
          identities.applyPreset(new Preset<>(problem.title(), Problem.agentsWithoutOwner()));
      case ADMIN_AGENTS -> grants.applyPreset(new Preset<>(problem.title(), Problem.adminAgents()));
      case UNUSED_GRANTS ->
          grants.applyPreset(new Preset<>(problem.title(), Problem.unusedGrants()));
      case OPEN_ALERTS -> alerts.applyPreset(new Preset<>(problem.title(), Problem.openAlerts()));
    }
    show(destinationOf(problem));
  }

  /** Shows the inventory of the evidence's kind, filtered to exactly its items. */
  public void openEvidence(EvidenceDrilldown evidence) {
    String label = evidence.label();
    Set<String> ids = evidence.ids();
    PageName page =
        switch (evidence.kind()) {
          case IDENTITY ->
              open(identities, label, IdentityFilter.ALL.withIds(ids), PageName.IDENTITIES);
          case CREDENTIAL ->
              open(credentials, label, CredentialFilter.ALL.withIds(ids), PageName.CREDENTIALS);
          case GRANT -> open(grants, label, GrantFilter.ALL.withIds(ids), PageName.GRANTS);
          case DELEGATION ->
              open(delegations, label, DelegationFilter.ALL.withIds(ids), PageName.DELEGATIONS);
          case ALERT -> open(alerts, label, AlertFilter.ALL.withIds(ids), PageName.ALERTS);
          case SOURCE, RESOURCE -> PageName.SOURCES;
        };
    show(page);
  }

  private static <F> PageName open(
      InventoryViewModel<F, ?> inventory, String label, F filter, PageName page) {
    inventory.applyPreset(new Preset<>(label, filter));
    return page;
  }

  static PageName destinationOf(Problem problem) {
    return switch (problem) {
      case STALE_KEYS -> PageName.CREDENTIALS;
      case AGENTS_WITHOUT_OWNER -> PageName.IDENTITIES;
      case ADMIN_AGENTS, UNUSED_GRANTS -> PageName.GRANTS;
      case OPEN_ALERTS -> PageName.ALERTS;
    };
  }

  private HBox header(Path cacheFile, Optional<DemoInfo> demo, Consumer<ThemeChoice> themeChanged) {
    Label wordmark = new Label("Keyward");
    wordmark.getStyleClass().add("wordmark");
    wordmark.setMinWidth(Region.USE_PREF_SIZE);
    HBox header = new HBox(12, wordmark);
    header.getChildren().addAll(snapshotActions.badge());
    demo.ifPresent(
        info -> {
          Label badge = new Label("DEMO");
          badge.getStyleClass().add("demo-badge");
          badge.setId("demo-badge");
          badge.setMinWidth(Region.USE_PREF_SIZE);
          Label about =
              new Label(
                  "Synthetic " + info.scale() + " estate as of " + Display.instant(info.asOf()));
          about.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
          header.getChildren().addAll(badge, about);
        });
    Label file = new Label(cacheFile.toString());
    file.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    Button themeButton = new Button();
    themeButton.getStyleClass().addAll(Styles.FLAT, "theme-toggle");
    themeButton.setId("theme-toggle");
    themeButton.setMinWidth(Region.USE_PREF_SIZE);
    themeButton.setText(themeLabel());
    themeButton.setOnAction(
        event -> {
          theme = theme.other();
          theme.apply();
          themeButton.setText(themeLabel());
          themeChanged.accept(theme);
        });
    header.getChildren().addAll(new Spacer(), file);
    header.getChildren().addAll(snapshotActions.buttons());
    header.getChildren().add(themeButton);
    header.setAlignment(Pos.CENTER_LEFT);
    header.getStyleClass().add("console-header");
    return header;
  }

  private String themeLabel() {
    return theme == ThemeChoice.LIGHT ? "☾  Dark theme" : "☀  Light theme";
  }

  private VBox sidebar() {
    ToggleGroup group = new ToggleGroup();
    VBox sidebar = new VBox(2);
    PageName[] names = PageName.values();
    for (int i = 0; i < names.length; i++) {
      PageName page = names[i];
      Label title = new Label(page.title());
      Label hint = new Label(i < 9 ? "Ctrl+" + (i + 1) : "");
      hint.getStyleClass().add("nav-hint");
      HBox graphic = new HBox(title, new Spacer(), hint);
      graphic.setAlignment(Pos.CENTER_LEFT);
      ToggleButton button = new ToggleButton();
      button.setGraphic(graphic);
      graphic.prefWidthProperty().bind(button.widthProperty().subtract(24));
      button.setToggleGroup(group);
      button.setMaxWidth(Double.MAX_VALUE);
      button.getStyleClass().add("nav-item");
      button.setId("nav-" + page.cliName());
      button.setOnAction(event -> show(page));
      navigation.put(page, button);
      sidebar.getChildren().add(button);
      if (page == PageName.OVERVIEW || page == PageName.ALERTS) {
        sidebar.getChildren().add(separator());
      }
    }
    // A selected toggle stays selected when clicked again instead of leaving no page marked.
    group
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == null && old != null) {
                old.setSelected(true);
              }
            });
    sidebar.getStyleClass().add("sidebar");
    return sidebar;
  }

  private static Region separator() {
    Region line = new Region();
    line.getStyleClass().add("nav-separator");
    VBox.setMargin(line, new Insets(6, 8, 6, 8));
    return line;
  }
}
