package io.keyward.app.page.scorecard;

import io.keyward.app.page.PageContext;
import io.keyward.app.task.BackgroundTask;
import io.keyward.app.task.BackgroundTasks;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.ScoreEntry;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import io.keyward.model.json.InvalidDocumentException;
import io.keyward.model.scorecard.Estate;
import io.keyward.model.scorecard.EstateLoader;
import io.keyward.model.scorecard.Evidence;
import io.keyward.model.scorecard.EvidenceKind;
import io.keyward.model.scorecard.Finding;
import io.keyward.model.scorecard.MaturityStep;
import io.keyward.model.scorecard.NextMove;
import io.keyward.model.scorecard.Scope;
import io.keyward.model.scorecard.ScoreReport;
import io.keyward.model.scorecard.Scoring;
import io.keyward.model.scorecard.Thresholds;
import io.keyward.model.scorecard.report.ScorecardHtml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * State and commands of the Scorecard page. Every load computes the score of the chosen scope in
 * the background, keeps it in the history, and reads the history back; a newer load supersedes an
 * older one. Evidence opens in its inventory through the shell.
 */
public final class ScorecardViewModel {
  /** The tag the scope picker offers values of: teams are how estates are usually split. */
  static final String TEAM_TAG = "team";

  private final Cache cache;
  private final Set<SourceKind> revocableKinds;
  private final BackgroundTasks tasks;
  private final Consumer<EvidenceDrilldown> openEvidence;
  private final ReadOnlyObjectWrapper<@Nullable ScoreReport> report = new ReadOnlyObjectWrapper<>();
  private final ObservableList<ScopeChoice> scopes = FXCollections.observableArrayList();
  private final ObjectProperty<ScopeChoice> scope;
  private final ObservableList<NextMove> moves = FXCollections.observableArrayList();
  private final ObservableList<ScoreEntry> history = FXCollections.observableArrayList();
  private final StringProperty thresholdsText = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper thresholdsProblem = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private boolean loaded;
  private @Nullable BackgroundTask running;

  /** What one load reads: the report, the profile it used, the teams for the scope picker. */
  private record Loaded(ScoreReport report, Thresholds thresholds, Set<String> teams) {}

  private final boolean readOnly;

  /**
   * @param revocableKinds the kinds of source this build has a revoker for, which the real-time
   *     revocation criterion checks
   */
  public ScorecardViewModel(
      PageContext context,
      Cache cache,
      Set<SourceKind> revocableKinds,
      Consumer<EvidenceDrilldown> openEvidence) {
    this.cache = cache;
    this.revocableKinds = Set.copyOf(revocableKinds);
    this.tasks = context.tasks();
    this.readOnly = context.readOnly();
    this.openEvidence = openEvidence;
    ScopeChoice whole = new ScopeChoice("Whole estate", Scope.All.INSTANCE);
    scopes.add(whole);
    for (Source source : context.sources()) {
      if (source.kind().category() == SourceKind.Category.IDENTITY) {
        scopes.add(new ScopeChoice("Source: " + source.name(), new Scope.OfSource(source.id())));
      }
    }
    scope = new SimpleObjectProperty<>(whole);
    scope.addListener((obs, old, now) -> reload());
  }

  /** A snapshot is shown: the thresholds profile cannot be saved. */
  public boolean readOnly() {
    return readOnly;
  }

  public void activate() {
    if (!loaded) {
      reload();
    }
  }

  /** Computes the score of the chosen scope again, with the cache's thresholds. */
  public void reload() {
    loaded = true;
    if (running != null) {
      running.cancel();
    }
    Scope chosen = scope.get().scope();
    loading.set(true);
    running =
        tasks.submit(
            progress -> {
              Thresholds profile = Scoring.thresholds(cache.repository());
              Estate estate = EstateLoader.load(cache, revocableKinds);
              return new Loaded(
                  Scoring.report(cache, estate, chosen, profile), profile, teams(estate));
            },
            this::show,
            error -> {
              failure.set("Could not compute the scorecard: " + message(error));
              loading.set(false);
            });
  }

  private static Set<String> teams(Estate estate) {
    Set<String> teams = new TreeSet<>();
    estate.identities().stream()
        .map(i -> i.tags().get(TEAM_TAG))
        .filter(Objects::nonNull)
        .forEach(teams::add);
    return teams;
  }

  private void show(Loaded loaded) {
    moves.setAll(loaded.report().scorecard().nextMoves());
    history.setAll(loaded.report().history());
    report.set(loaded.report());
    if (thresholdsText.get().isEmpty() || thresholdsProblem.get().isEmpty()) {
      thresholdsText.set(loaded.thresholds().toJson());
    }
    List<ScopeChoice> teamChoices = new ArrayList<>();
    for (String team : loaded.teams()) {
      ScopeChoice choice = new ScopeChoice("Team: " + team, new Scope.OfTag(TEAM_TAG, team));
      if (!scopes.contains(choice)) {
        teamChoices.add(choice);
      }
    }
    scopes.addAll(teamChoices);
    failure.set("");
    loading.set(false);
  }

  /** The findings of {@code step}, in scorecard order; empty before the first load. */
  public List<Finding> findings(MaturityStep step) {
    ScoreReport shown = report.get();
    return shown == null ? List.of() : shown.scorecard().of(step);
  }

  /** Whether evidence of {@code kind} has an inventory to open in. */
  public static boolean opens(EvidenceKind kind) {
    return kind != EvidenceKind.RESOURCE && kind != EvidenceKind.SOURCE;
  }

  /** Shows exactly the items of {@code evidence} in their inventory. */
  public void open(Finding finding, Evidence evidence) {
    if (opens(evidence.kind())) {
      openEvidence.accept(
          new EvidenceDrilldown(
              finding.criterion().title(), evidence.kind(), Set.copyOf(evidence.ids())));
    }
  }

  /**
   * Validates the edited profile; a valid one is kept in the cache and the score computed again
   * with it, an invalid one is reported field by field and changes nothing.
   */
  public void applyThresholds() {
    Thresholds parsed;
    try {
      parsed = Thresholds.parse(thresholdsText.get());
    } catch (InvalidDocumentException e) {
      thresholdsProblem.set(
          String.join("\n", e.errors().stream().map(error -> error.message()).toList()));
      return;
    }
    thresholdsProblem.set("");
    tasks.submit(
        progress -> {
          Scoring.saveThresholds(cache, parsed);
          return parsed;
        },
        saved -> {
          thresholdsText.set(saved.toJson());
          notice.set("Thresholds saved; the score was computed again with them.");
          reload();
        },
        error -> thresholdsProblem.set("Could not save the thresholds: " + message(error)));
  }

  /** Back to the documented defaults. */
  public void resetThresholds() {
    thresholdsText.set(Thresholds.DEFAULTS.toJson());
    applyThresholds();
  }

  /** Writes the report of what is shown as one self-contained HTML file. */
  public void exportHtml(Path file) {
    ScoreReport shown = report.get();
    if (shown == null) {
      return;
    }
    tasks.submit(
        progress -> {
          Files.writeString(file, ScorecardHtml.write(shown));
          return file;
        },
        written -> notice.set("Exported the scorecard report to " + written.getFileName()),
        error -> notice.set("Export failed: " + message(error)));
  }

  public ReadOnlyObjectProperty<@Nullable ScoreReport> report() {
    return report.getReadOnlyProperty();
  }

  public ObservableList<ScopeChoice> scopes() {
    return scopes;
  }

  public ObjectProperty<ScopeChoice> scope() {
    return scope;
  }

  /** What stands between the estate and the next step, cheapest first. */
  public ObservableList<NextMove> moves() {
    return moves;
  }

  /** The scores of the chosen scope, oldest first. */
  public ObservableList<ScoreEntry> history() {
    return history;
  }

  /** The thresholds profile as editable JSON. */
  public StringProperty thresholdsText() {
    return thresholdsText;
  }

  /** Why the edited profile was refused, one field per line; empty when it was accepted. */
  public ReadOnlyStringProperty thresholdsProblem() {
    return thresholdsProblem.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loading() {
    return loading.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty failure() {
    return failure.getReadOnlyProperty();
  }

  /** The outcome of the latest export or save, or empty. */
  public ReadOnlyStringProperty notice() {
    return notice.getReadOnlyProperty();
  }

  private static String message(Throwable failure) {
    return Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName());
  }
}
