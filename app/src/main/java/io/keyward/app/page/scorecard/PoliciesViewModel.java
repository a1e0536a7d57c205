package io.keyward.app.page.scorecard;

import io.keyward.app.page.PageContext;
import io.keyward.app.page.SnapshotLoad;
import io.keyward.app.task.BackgroundTasks;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.StoredPolicy;
import io.keyward.model.domain.Identity;
import io.keyward.model.json.FieldError;
import io.keyward.model.json.InvalidDocumentException;
import io.keyward.model.policy.AgentPolicy;
import io.keyward.model.policy.PolicyDocuments;
import io.keyward.model.scorecard.Estate;
import io.keyward.model.scorecard.EstateLoader;
import io.keyward.model.scorecard.PolicyViolations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * Agent policies: the stored list with each agent's violations, an editor that validates as the
 * analyst types, import from a file. Saving changes the estate's score, so it tells the scorecard.
 */
public final class PoliciesViewModel {
  static final String TEMPLATE =
      "{\n"
          + "  \"ai_agent_id\" : \"\",\n"
          + "  \"owner_id\" : \"\",\n"
          + "  \"access_level\" : \"read_only\",\n"
          + "  \"data_scope\" : [ ],\n"
          + "  \"audit_frequency\" : \"daily\",\n"
          + "  \"geo_restrictions\" : [ ],\n"
          + "  \"max_token_exp_minutes\" : 60\n"
          + "}";

  private final Cache cache;
  private final BackgroundTasks tasks;
  private final Runnable changed;
  private final SnapshotLoad<List<PolicyRow>> load;
  private final ObservableList<PolicyRow> rows = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable PolicyRow> selected = new SimpleObjectProperty<>();
  private final StringProperty editorText = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

  private final boolean readOnly;

  /**
   * @param changed told after policies were saved, imported or deleted
   */
  public PoliciesViewModel(PageContext context, Cache cache, Runnable changed) {
    this.cache = cache;
    this.tasks = context.tasks();
    this.readOnly = context.readOnly();
    this.changed = changed;
    this.load =
        new SnapshotLoad<>(tasks, progress -> read(), this::show, "Could not read the policies");
    selected.addListener(
        (obs, old, row) ->
            editorText.set(row == null ? TEMPLATE : PolicyDocuments.write(row.policy())));
    editorText.addListener((obs, old, text) -> validate(text));
    editorText.set(TEMPLATE);
  }

  /** A snapshot is shown: policies can be read and edited, not saved, imported or deleted. */
  public boolean readOnly() {
    return readOnly;
  }

  public void activate() {
    load.activate();
  }

  public void reload() {
    load.reload();
  }

  private List<PolicyRow> read() {
    Estate estate = EstateLoader.load(cache);
    PolicyViolations check = new PolicyViolations(estate);
    return estate.policies().stream()
        .map(
            policy ->
                new PolicyRow(
                    policy,
                    check.agentOf(policy).map(Identity::name).orElse(null),
                    check.of(policy)))
        .toList();
  }

  private void show(List<PolicyRow> read) {
    String selectedAgent = selected.get() == null ? null : selected.get().policy().agentId();
    rows.setAll(read);
    selected.set(
        read.stream()
            .filter(r -> r.policy().agentId().equals(selectedAgent))
            .findFirst()
            .orElse(null));
  }

  private void validate(String text) {
    try {
      List<AgentPolicy> policies = PolicyDocuments.parse(text, "the policy");
      valid.set(true);
      AgentPolicy first = policies.get(0);
      String others =
          first.otherFields().isEmpty()
              ? ""
              : "; fields kept as written: " + String.join(", ", first.otherFields());
      validation.set(
          policies.size() == 1
              ? "Valid policy for " + first.agentId() + others
              : "Valid: " + policies.size() + " policies");
    } catch (InvalidDocumentException e) {
      valid.set(false);
      validation.set(
          e.errors().stream().map(FieldError::message).collect(Collectors.joining("\n")));
    }
  }

  /** Starts a new policy from a template. */
  public void newPolicy() {
    selected.set(null);
    editorText.set(TEMPLATE);
  }

  /** Keeps what the editor holds, replacing the policies of the same agents. */
  public void save() {
    String text = editorText.get();
    if (!valid.get()) {
      return;
    }
    store(text, "the editor");
  }

  /** Imports every policy of {@code file}; an invalid file changes nothing and says why. */
  public void importFile(Path file) {
    tasks.submit(
        progress -> Files.readString(file),
        text -> {
          try {
            PolicyDocuments.parse(text, file.getFileName().toString());
          } catch (InvalidDocumentException e) {
            notice.set(e.getMessage());
            return;
          }
          store(text, file.getFileName().toString());
        },
        error -> notice.set("Could not read " + file.getFileName() + ": " + message(error)));
  }

  private void store(String text, String origin) {
    List<AgentPolicy> policies = PolicyDocuments.parse(text, origin);
    tasks.submit(
        progress -> {
          Instant now = cache.clock().instant();
          cache.savePolicies(
              policies.stream()
                  .map(p -> new StoredPolicy(p.agentId(), PolicyDocuments.write(p), now))
                  .toList());
          return policies;
        },
        saved -> {
          notice.set(
              "Saved "
                  + String.join(", ", saved.stream().map(AgentPolicy::agentId).toList())
                  + " from "
                  + origin);
          if (saved.size() == 1) {
            // The reload selects the stored row of this agent, violations included.
            selected.set(new PolicyRow(saved.get(0), null, List.of()));
          }
          load.reload();
          changed.run();
        },
        error -> notice.set("Could not save: " + message(error)));
  }

  /** Deletes the selected policy. */
  public void delete() {
    PolicyRow row = selected.get();
    if (row == null) {
      return;
    }
    tasks.submit(
        progress -> {
          cache.removePolicy(row.policy().agentId());
          return row.policy().agentId();
        },
        agent -> {
          notice.set("Deleted the policy of " + agent);
          selected.set(null);
          load.reload();
          changed.run();
        },
        error -> notice.set("Could not delete: " + message(error)));
  }

  public ObservableList<PolicyRow> rows() {
    return rows;
  }

  public ObjectProperty<@Nullable PolicyRow> selected() {
    return selected;
  }

  public StringProperty editorText() {
    return editorText;
  }

  /** What the validator says of the editor's text: every problem, one per line, or "Valid ...". */
  public ReadOnlyStringProperty validation() {
    return validation.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty valid() {
    return valid.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty notice() {
    return notice.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loading() {
    return load.loading();
  }

  public ReadOnlyStringProperty failure() {
    return load.failure();
  }

  private static String message(Throwable failure) {
    return Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName());
  }
}
