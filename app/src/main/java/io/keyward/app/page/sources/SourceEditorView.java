package io.keyward.app.page.sources;

import atlantafx.base.theme.Styles;
import io.keyward.connectors.Connector;
import io.keyward.connectors.ProfileSetting;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The add/edit form of a source profile, built from the chosen connector's settings. */
final class SourceEditorView {
  private SourceEditorView() {}

  static Node of(SourceEditorModel form, Runnable save, Runnable close) {
    Label heading = new Label(form.adding() ? "Add a source" : "Edit " + form.id().get());
    heading.getStyleClass().add(Styles.TITLE_4);
    Label secrets =
        new Label(
            "Settings never hold secrets. Credentials come from the ecosystem's standard places"
                + " (AWS profiles, AZURE_* and GOOGLE_APPLICATION_CREDENTIALS variables,"
                + " KEYWARD_KEYCLOAK_CLIENT_SECRET) or a prompt when you test or sync.");
    secrets.setWrapText(true);
    secrets.setMinHeight(Region.USE_PREF_SIZE);
    secrets.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

    ChoiceBox<Connector> kind = new ChoiceBox<>();
    kind.getItems().setAll(form.kinds());
    kind.valueProperty().bindBidirectional(form.kind());
    kind.setDisable(!form.adding());
    kind.setId("source-kind");
    kind.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Connector connector) {
            return connector == null ? "" : connector.kind().displayName();
          }

          @Override
          public Connector fromString(String text) {
            throw new UnsupportedOperationException("kinds are chosen, not typed");
          }
        });
    TextField id = field("source-id", "e.g. keycloak:agents");
    id.textProperty().bindBidirectional(form.id());
    TextField name = field("source-name", "Shown in the console; default: the id");
    name.textProperty().bindBidirectional(form.name());

    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(8);
    ColumnConstraints labels = new ColumnConstraints(150);
    ColumnConstraints inputs = new ColumnConstraints(260, 360, Double.MAX_VALUE);
    inputs.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().setAll(labels, inputs, new ColumnConstraints(200, 360, 520));
    Runnable layout =
        () -> {
          grid.getChildren().clear();
          grid.addRow(0, new Label("Kind"), kind);
          grid.addRow(1, new Label("Id"), id);
          grid.addRow(2, new Label("Name"), name);
          int row = 3;
          for (SettingField setting : form.fields()) {
            ProfileSetting definition = setting.setting();
            TextField input =
                field(
                    "setting-" + definition.key(),
                    definition.defaultValue() == null
                        ? ""
                        : "default: " + definition.defaultValue());
            input.textProperty().bindBidirectional(setting.value());
            Label help = new Label(definition.help());
            help.setWrapText(true);
            help.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            grid.addRow(
                row++,
                new Label(definition.label() + (definition.required() ? " *" : "")),
                input,
                help);
          }
        };
    layout.run();
    form.fields()
        .addListener((javafx.collections.ListChangeListener<SettingField>) c -> layout.run());

    Label error = new Label();
    error.setWrapText(true);
    error.getStyleClass().add(Styles.DANGER);
    error.textProperty().bind(form.error());
    error.visibleProperty().bind(form.error().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    error.setId("source-form-error");

    Button saveButton = new Button("Save");
    saveButton.getStyleClass().add(Styles.ACCENT);
    saveButton.setDefaultButton(true);
    saveButton.setId("source-save");
    saveButton.setOnAction(event -> save.run());
    Button cancel = new Button("Cancel");
    cancel.setOnAction(event -> close.run());
    VBox card = new VBox(10, heading, secrets, grid, error, new HBox(8, saveButton, cancel));
    card.getStyleClass().add("source-editor");
    card.setId("source-editor");
    return card;
  }

  private static TextField field(String id, String prompt) {
    TextField field = new TextField();
    field.setId(id);
    field.setPromptText(prompt);
    return field;
  }
}
