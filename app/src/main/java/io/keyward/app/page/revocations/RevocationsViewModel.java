package io.keyward.app.page.revocations;

import io.keyward.app.format.Display;
import io.keyward.app.task.BackgroundTasks;
import io.keyward.connectors.revoke.Preflight;
import io.keyward.connectors.revoke.RevocationTarget;
import io.keyward.connectors.revoke.Revocations;
import io.keyward.model.cache.AuditCheck;
import io.keyward.model.cache.RevocationEntry;
import io.keyward.model.cache.RevocationFilter;
import io.keyward.model.cache.RevocationLog;
import io.keyward.model.domain.Revocation;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * A revocation in three steps (preflight, then dry-run or confirmed execution) on one target or a
 * selection of them, and the audit log with its chain check. Every source call and cache write runs
 * through {@link BackgroundTasks}.
 */
public final class RevocationsViewModel {
  private final Revocations revocations;
  private final RevocationLog log;
  private final BackgroundTasks tasks;
  private final Function<RevocationTarget, List<String>> lostAccess;

  private final StringProperty target = new SimpleStringProperty("");
  private final ObjectProperty<RevocationAction> action =
      new SimpleObjectProperty<>(RevocationAction.DISABLE_IDENTITY);
  private final ObservableList<RevocationAction> actions =
      FXCollections.observableArrayList(RevocationAction.values());
  private final ObjectProperty<@Nullable String> alertId = new SimpleObjectProperty<>();
  private final ObservableList<PlannedItem> plan = FXCollections.observableArrayList();
  private final ObjectProperty<Preflight> preflight = new SimpleObjectProperty<>();
  private final StringProperty confirmation = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();

  private final ObjectProperty<RevocationOutcome> outcomeFilter = new SimpleObjectProperty<>();
  private final StringProperty textFilter = new SimpleStringProperty("");
  private final ObservableList<RevocationEntry> entries = FXCollections.observableArrayList();
  private final StringProperty chain = new SimpleStringProperty("");
  private final BooleanProperty chainIntact = new SimpleBooleanProperty(true);

  /** Set while a plan arrives, whose own target and action must not discard it. */
  private boolean applying;

  /**
   * @param lostAccess the blast radius an action on a target takes away; runs in the background
   */
  public RevocationsViewModel(
      Revocations revocations,
      RevocationLog log,
      BackgroundTasks tasks,
      Function<RevocationTarget, List<String>> lostAccess) {
    this.revocations = revocations;
    this.log = log;
    this.tasks = tasks;
    this.lostAccess = lostAccess;
    // A changed target or action invalidates the plan shown; a typed target answers no alert.
    target.addListener(
        (o, a, b) -> {
          if (!applying) {
            alertId.set(null);
            clearPlan();
          }
        });
    // The choice box briefly holds no action while its list of offered ones changes.
    action.addListener(
        (o, a, b) -> {
          if (!applying && b != null) {
            clearPlan();
          }
        });
    plan.addListener(
        (ListChangeListener<PlannedItem>)
            change -> preflight.set(plan.size() == 1 ? plan.get(0).preflight() : null));
    outcomeFilter.addListener((o, a, b) -> refresh());
    textFilter.addListener((o, a, b) -> refresh());
  }

  private void clearPlan() {
    plan.clear();
    if (actions.size() != RevocationAction.values().length) {
      offer(Arrays.asList(RevocationAction.values()), action.get());
    }
  }

  /** Sets the actions to choose from and the one chosen, without discarding the plan. */
  private void offer(List<RevocationAction> offered, RevocationAction chosen) {
    applying = true;
    try {
      actions.setAll(offered);
      action.set(chosen);
    } finally {
      applying = false;
    }
  }

  /** Plans {@code chosen} on {@code ref} (one target, or several separated by commas). */
  public void prepare(String ref, RevocationAction chosen) {
    target.set(ref);
    action.set(chosen);
    plan(chosen);
  }

  /**
   * Plans a revocation asked for elsewhere in the console: the action is the one the sources offer
   * on the most targets (the first such, in the order of {@link RevocationAction}), and the choice
   * narrows to the actions offered on any of them.
   */
  public void prepare(RevokeRequest request) {
    target.set(String.join(", ", request.targetIds()));
    alertId.set(request.alertId());
    plan(null);
  }

  public void runPreflight() {
    plan(action.get());
  }

  private void plan(@Nullable RevocationAction wanted) {
    List<String> refs = refs(target.get());
    message.set("");
    confirmation.set("");
    busy.set(true);
    tasks.submit(
        progress -> planOf(refs, wanted),
        planned -> {
          busy.set(false);
          offer(
              planned.offered().isEmpty()
                  ? Arrays.asList(RevocationAction.values())
                  : planned.offered(),
              planned.action());
          plan.setAll(planned.items());
          message.set(planned.summary());
        },
        this::failed);
  }

  private record Plan(
      List<RevocationAction> offered, RevocationAction action, List<PlannedItem> items) {
    /** Why nothing can be done, for a single target; a count for several. */
    String summary() {
      long applicable = items.stream().filter(i -> i.preflight() != null).count();
      if (items.size() == 1) {
        return items.get(0).problem();
      }
      return applicable
          + " of "
          + items.size()
          + " targets can be revoked with "
          + action.cliName();
    }
  }

  private Plan planOf(List<String> refs, @Nullable RevocationAction wanted) {
    Map<String, RevocationTarget> resolved = new LinkedHashMap<>();
    Map<String, String> unresolved = new LinkedHashMap<>();
    for (String ref : refs) {
      try {
        resolved.put(ref, revocations.resolve(ref));
      } catch (IllegalArgumentException e) {
        unresolved.put(ref, e.getMessage());
      }
    }
    Map<RevocationAction, Integer> targetsOffering = new EnumMap<>(RevocationAction.class);
    for (RevocationTarget t : resolved.values()) {
      revocations.actions(t).forEach(a -> targetsOffering.merge(a, 1, Integer::sum));
    }
    List<RevocationAction> offered = List.copyOf(targetsOffering.keySet());
    RevocationAction chosen =
        wanted != null
            ? wanted
            : offered.stream()
                .max(Comparator.comparing(targetsOffering::get))
                .orElse(
                    Objects.requireNonNullElse(action.get(), RevocationAction.DISABLE_IDENTITY));
    List<PlannedItem> items = new ArrayList<>();
    for (String ref : refs) {
      RevocationTarget t = resolved.get(ref);
      if (t == null) {
        items.add(PlannedItem.refused(ref, ref, unresolved.get(ref)));
        continue;
      }
      try {
        items.add(
            new PlannedItem(
                ref,
                t.describe(),
                revocations.preflight(chosen, t),
                lostAccess.apply(t),
                "",
                null));
      } catch (IllegalArgumentException e) {
        items.add(PlannedItem.refused(ref, t.describe(), e.getMessage()));
      }
    }
    return new Plan(offered, chosen, items);
  }

  /** The references in what was typed: commas separate them, as names may hold spaces. */
  private static List<String> refs(String typed) {
    return Arrays.stream(typed.split(","))
        .map(String::strip)
        .filter(r -> !r.isEmpty())
        .distinct()
        .toList();
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

  /** Reverses every reversible item that was done. */
  public void undo() {
    List<PlannedItem> items = List.copyOf(plan);
    busy.set(true);
    tasks.submit(
        progress ->
            items.stream()
                .map(i -> undoable(i) ? i.attempted(revocations.undo(i.preflight())) : i)
                .toList(),
        this::attempted,
        this::failed);
  }

  private static boolean undoable(PlannedItem item) {
    return item.preflight() != null
        && !item.preflight().destructive()
        && item.attempt() != null
        && item.attempt().revocation().outcome() == RevocationOutcome.DONE;
  }

  private void attempt(boolean dry) {
    List<PlannedItem> items = List.copyOf(plan);
    String alert = alertId.get();
    if (items.stream().allMatch(i -> i.preflight() == null)) {
      return;
    }
    busy.set(true);
    tasks.submit(
        progress ->
            items.stream()
                .map(
                    i ->
                        i.preflight() == null
                            ? i
                            : i.attempted(
                                dry
                                    ? revocations.dryRun(i.preflight(), alert)
                                    : revocations.execute(i.preflight(), alert)))
                .toList(),
        this::attempted,
        this::failed);
  }

  private void attempted(List<PlannedItem> items) {
    busy.set(false);
    plan.setAll(items);
    List<Revocation> attempts =
        items.stream().filter(i -> i.attempt() != null).map(i -> i.attempt().revocation()).toList();
    message.set(attempts.size() == 1 ? describe(attempts.get(0)) : tally(attempts));
    confirmation.set("");
    refresh();
  }

  /** Per outcome how many, e.g. "Done 2, Already done 1, Failed 1". */
  private static String tally(List<Revocation> attempts) {
    Map<RevocationOutcome, Long> counts =
        attempts.stream()
            .collect(
                Collectors.groupingBy(
                    Revocation::outcome,
                    () -> new EnumMap<>(RevocationOutcome.class),
                    Collectors.counting()));
    return counts.entrySet().stream()
        .map(e -> outcome(e.getKey()) + " " + e.getValue())
        .collect(Collectors.joining(", "));
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
                  ? "Audit chain intact: " + Display.count(check.entries(), "entry", "entries")
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

  /**
   * What must be typed before an irreversible revocation runs: the target's cache id, or for
   * several targets "revoke N"; empty when every planned action can be undone.
   */
  public StringBinding confirmationPhrase() {
    return Bindings.createStringBinding(
        () -> {
          List<Preflight> planned = planned();
          if (planned.stream().noneMatch(Preflight::destructive)) {
            return "";
          }
          return planned.size() == 1 ? planned.get(0).target().id() : "revoke " + planned.size();
        },
        plan);
  }

  private List<Preflight> planned() {
    return plan.stream().map(PlannedItem::preflight).filter(Objects::nonNull).toList();
  }

  public BooleanBinding canExecute() {
    StringBinding phrase = confirmationPhrase();
    return Bindings.createBooleanBinding(
        () ->
            !planned().isEmpty()
                && !busy.get()
                && (phrase.get().isEmpty() || confirmation.get().strip().equals(phrase.get())),
        plan,
        busy,
        confirmation,
        phrase);
  }

  /** Whether some item was done and its source can reverse it. */
  public BooleanBinding canUndo() {
    return Bindings.createBooleanBinding(
        () -> !busy.get() && plan.stream().anyMatch(RevocationsViewModel::undoable), plan, busy);
  }

  public ObservableList<RevocationAction> actions() {
    return actions;
  }

  public ObservableList<PlannedItem> plan() {
    return plan;
  }

  public ObjectProperty<@Nullable String> alertId() {
    return alertId;
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
