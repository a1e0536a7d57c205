package io.keyward.app.page.revocations;

import io.keyward.app.task.BackgroundTasks;
import io.keyward.connectors.revoke.Preflight;
import io.keyward.connectors.revoke.Revocations;
import io.keyward.model.cache.AuditCheck;
import io.keyward.model.cache.RevocationEntry;
import io.keyward.model.cache.RevocationFilter;
import io.keyward.model.cache.RevocationLog;
import io.keyward.model.domain.Revocation;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A revocation in three steps (preflight, then dry-run or confirmed execution) and the audit log
 * with its chain check. Every source call and cache write runs through {@link BackgroundTasks}.
 */
public final class RevocationsViewModel {
  private final Revocations revocations;
  private final RevocationLog log;
  private final BackgroundTasks tasks;

  private final StringProperty target = new SimpleStringProperty("");
  private final ObjectProperty<RevocationAction> action =
      new SimpleObjectProperty<>(RevocationAction.DISABLE_IDENTITY);
  private final ObjectProperty<Preflight> preflight = new SimpleObjectProperty<>();
  private final StringProperty confirmation = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();

  private final ObjectProperty<RevocationOutcome> outcomeFilter = new SimpleObjectProperty<>();
  private final StringProperty textFilter = new SimpleStringProperty("");
  private final ObservableList<RevocationEntry> entries = FXCollections.observableArrayList();
  private final StringProperty chain = new SimpleStringProperty("");
  private final BooleanProperty chainIntact = new SimpleBooleanProperty(true);

  public RevocationsViewModel(Revocations revocations, RevocationLog log, BackgroundTasks tasks) {
    this.revocations = revocations;
    this.log = log;
    this.tasks = tasks;
    // A changed target or action invalidates the preflight shown.
    target.addListener((o, a, b) -> preflight.set(null));
    action.addListener((o, a, b) -> preflight.set(null));
    outcomeFilter.addListener((o, a, b) -> refresh());
    textFilter.addListener((o, a, b) -> refresh());
  }

  /** Starts a revocation of {@code targetId} (from an identity, credential or grant row). */
  public void prepare(String targetId, RevocationAction chosen) {
    target.set(targetId);
    action.set(chosen);
    runPreflight();
  }

  public void runPreflight() {
    String ref = target.get().strip();
    RevocationAction chosen = action.get();
    message.set("");
    confirmation.set("");
    busy.set(true);
    tasks.submit(
        progress -> revocations.preflight(chosen, revocations.resolve(ref)),
        found -> {
          busy.set(false);
          preflight.set(found);
        },
        this::failed);
  }

  public void dryRun() {
    attempt(true);
  }

  /** Executes the preflight shown; destructive ones only once the target id was typed. */
  public void execute() {
    if (canExecute().get()) {
      attempt(false);
    }
  }

  private void attempt(boolean dry) {
    Preflight shown = preflight.get();
    if (shown == null) {
      return;
    }
    busy.set(true);
    tasks.submit(
        progress -> dry ? revocations.dryRun(shown, null) : revocations.execute(shown, null),
        entry -> {
          busy.set(false);
          message.set(describe(entry.revocation()));
          confirmation.set("");
          refresh();
        },
        this::failed);
  }

  private void failed(Throwable error) {
    busy.set(false);
    message.set(error.getMessage() == null ? error.toString() : error.getMessage());
  }

  /** Reloads the audit list and checks the chain. */
  public void refresh() {
    RevocationFilter filter = new RevocationFilter(outcomeFilter.get(), null, textFilter.get());
    tasks.submit(
        progress -> new Loaded(log.list(filter), log.verify()),
        loaded -> {
          entries.setAll(loaded.entries());
          AuditCheck check = loaded.check();
          chainIntact.set(check.intact());
          chain.set(
              check.intact()
                  ? "Audit chain intact: " + check.entries() + " entries"
                  : "Audit chain BROKEN: " + String.join("; ", check.problems()));
        },
        this::failed);
  }

  private record Loaded(List<RevocationEntry> entries, AuditCheck check) {}

  static String describe(Revocation r) {
    return outcome(r.outcome()) + ": " + result(r);
  }

  /** The source's answer and, when there was one, the verification. */
  static String result(Revocation r) {
    return r.verification().isEmpty() ? r.result() : r.result() + " (" + r.verification() + ")";
  }

  static String outcome(RevocationOutcome outcome) {
    String words = outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  public BooleanBinding canExecute() {
    return Bindings.createBooleanBinding(
        () ->
            preflight.get() != null
                && !busy.get()
                && (!preflight.get().destructive()
                    || confirmation.get().strip().equals(preflight.get().target().id())),
        preflight,
        busy,
        confirmation);
  }

  public StringProperty target() {
    return target;
  }

  public ObjectProperty<RevocationAction> action() {
    return action;
  }

  public ObjectProperty<Preflight> preflight() {
    return preflight;
  }

  public StringProperty confirmation() {
    return confirmation;
  }

  public StringProperty message() {
    return message;
  }

  public BooleanProperty busy() {
    return busy;
  }

  public ObjectProperty<RevocationOutcome> outcomeFilter() {
    return outcomeFilter;
  }

  public StringProperty textFilter() {
    return textFilter;
  }

  public ObservableList<RevocationEntry> entries() {
    return entries;
  }

  public StringProperty chain() {
    return chain;
  }

  public BooleanProperty chainIntact() {
    return chainIntact;
  }
}
