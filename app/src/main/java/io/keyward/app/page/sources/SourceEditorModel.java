package io.keyward.app.page.sources;

import io.keyward.connectors.Connector;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SourceProfiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The add/edit form of a source profile: a kind, an id, a name and the kind's settings. Saving
 * checks what the connector needs and refuses what would hold a secret, before anything is written.
 */
public final class SourceEditorModel {
  private final SourceProfiles profiles;
  private final @Nullable SourceProfile editing;
  private final List<Connector> kinds;
  private final ObjectProperty<Connector> kind = new SimpleObjectProperty<>();
  private final StringProperty id = new SimpleStringProperty("");
  private final StringProperty name = new SimpleStringProperty("");
  private final ObservableList<SettingField> fields = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

  /**
   * @param editing the profile to change, or null to add a new one
   */
  SourceEditorModel(
      SourceProfiles profiles, List<Connector> kinds, @Nullable SourceProfile editing) {
    this.profiles = profiles;
    this.kinds = List.copyOf(kinds);
    this.editing = editing;
    kind.addListener((observable, before, chosen) -> showFieldsOf(chosen));
    if (editing != null) {
      id.set(editing.id());
      name.set(editing.name());
      kind.set(kinds.stream().filter(c -> c.kind() == editing.kind()).findFirst().orElseThrow());
    } else if (!kinds.isEmpty()) {
      kind.set(kinds.get(0));
    }
  }

  private void showFieldsOf(@Nullable Connector connector) {
    if (connector == null) {
      fields.clear();
      return;
    }
    if (editing == null && (id.get().isEmpty() || id.get().endsWith(":"))) {
      id.set(connector.cliName() + ":");
    }
    fields.setAll(
        connector.settings().stream()
            .map(
                setting ->
                    SettingField.of(
                        setting, editing == null ? "" : editing.setting(setting.key()).orElse("")))
            .toList());
  }

  public boolean adding() {
    return editing == null;
  }

  public List<Connector> kinds() {
    return kinds;
  }

  public ObjectProperty<Connector> kind() {
    return kind;
  }

  public StringProperty id() {
    return id;
  }

  public StringProperty name() {
    return name;
  }

  public ObservableList<SettingField> fields() {
    return fields;
  }

  /** Why the last save was refused; empty when it was not. */
  public ReadOnlyStringProperty error() {
    return error.getReadOnlyProperty();
  }

  /**
   * Checks and saves the profile.
   *
   * @return the saved profile, or empty with {@link #error()} saying what to fix
   */
  public Optional<SourceProfile> save() {
    Connector connector = kind.get();
    if (connector == null) {
      error.set("Choose the kind of source.");
      return Optional.empty();
    }
    Map<String, String> settings = new LinkedHashMap<>();
    for (SettingField field : fields) {
      String value = field.value().get() == null ? "" : field.value().get().trim();
      if (!value.isEmpty()) {
        settings.put(field.setting().key(), value);
      }
    }
    String chosenId = id.get().trim();
    String chosenName = name.get().isBlank() ? chosenId : name.get().trim();
    SourceProfile profile;
    try {
      profile = new SourceProfile(chosenId, connector.kind(), chosenName, settings);
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
      return Optional.empty();
    }
    List<String> problems = connector.problems(profile);
    if (!problems.isEmpty()) {
      error.set("Source " + chosenId + " " + String.join("; ", problems) + ".");
      return Optional.empty();
    }
    if (editing == null && profiles.find(chosenId).isPresent()) {
      error.set("A source with the id " + chosenId + " exists already.");
      return Optional.empty();
    }
    if (editing != null && !editing.id().equals(chosenId)) {
      profiles.remove(editing.id());
    }
    profiles.save(profile);
    error.set("");
    return Optional.of(profile);
  }
}
