package io.keyward.app.page.scorecard;

import atlantafx.base.theme.Styles;
import io.keyward.app.format.Display;
import io.keyward.app.format.Tone;
import io.keyward.app.view.Badge;
import io.keyward.app.view.Labels;
import io.keyward.model.scorecard.PolicyViolation;
import java.io.File;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.jspecify.annotations.Nullable;

/** The agent policies tab: the list, an editor that validates while typing, the violations. */
final class PoliciesPane {
  private static final double KIND_COLUMN = 130;
  private final PoliciesViewModel viewModel;
  private final HBox root;
  private final VBox violations = new VBox(6);

  PoliciesPane(PoliciesViewModel viewModel) {
    this.viewModel = viewModel;

    ListView<PolicyRow> list = new ListView<>(viewModel.rows());
    list.setId("policy-list");
    list.setCellFactory(view -> new PolicyCell());
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, row) -> {
              if (row != null && row != viewModel.selected().get()) {
                viewModel.selected().set(row);
              }
            });
    viewModel
        .selected()
        .addListener(
            (obs, old, row) -> {
              if (row == null) {
                list.getSelectionModel().clearSelection();
              } else if (viewModel.rows().contains(row)) {
                list.getSelectionModel().select(row);
              }
              renderViolations(row);
            });
    VBox.setVgrow(list, Priority.ALWAYS);
    Button add = new Button("New policy");
    add.setId("policy-new");
    add.setOnAction(event -> viewModel.newPolicy());
    Button importing = new Button("Import file…");
    importing.setId("policy-import");
    importing.setOnAction(event -> chooseImport());
    importing.setDisable(viewModel.readOnly());
    Label failure = ScorecardPage.boundMessage(viewModel.failure().isEmpty().not(), Styles.DANGER);
    failure.textProperty().bind(viewModel.failure());
    VBox left =
        new VBox(8, Labels.sectionTitle("Policies"), list, new HBox(8, add, importing), failure);
    left.setPrefWidth(330);
    left.setMinWidth(280);

    TextArea editor = new TextArea();
    editor.setId("policy-editor");
    editor.getStyleClass().add("json-editor");
    editor.textProperty().bindBidirectional(viewModel.editorText());
    editor.setPrefRowCount(12);
    Label validation = new Label();
    validation.setId("policy-validation");
    validation.setWrapText(true);
    validation.textProperty().bind(viewModel.validation());
    validation.setMinHeight(Region.USE_PREF_SIZE);
    viewModel.valid().addListener((obs, old, ok) -> styleValidation(validation, ok));
    styleValidation(validation, viewModel.valid().get());
    // A snapshot is read-only: its policies can be read and tried in the editor, not saved.
    BooleanProperty readOnly = new SimpleBooleanProperty(viewModel.readOnly());
    Button save = new Button("Save policy");
    save.setId("policy-save");
    save.getStyleClass().add(Styles.ACCENT);
    save.disableProperty().bind(viewModel.valid().not().or(readOnly));
    save.setOnAction(event -> viewModel.save());
    Button delete = new Button("Delete");
    delete.setId("policy-delete");
    delete.getStyleClass().add(Styles.DANGER);
    delete.disableProperty().bind(viewModel.selected().isNull().or(readOnly));
    delete.setOnAction(event -> viewModel.delete());
    Label notice =
        ScorecardPage.boundMessage(viewModel.notice().isEmpty().not(), Styles.TEXT_MUTED);
    notice.textProperty().bind(viewModel.notice());
    notice.setId("policy-notice");
    VBox right =
        new VBox(
            8,
            Labels.sectionTitle("Policy (JSON; fields Keyward does not know are kept)"),
            editor,
            validation,
            new HBox(8, save, delete),
            notice,
            Labels.sectionTitle("Violations"),
            violations);
    HBox.setHgrow(right, Priority.ALWAYS);
    root = new HBox(18, left, right);
    root.setPadding(new Insets(14, 0, 0, 0));
    root.setId("policies-pane");
    viewModel.rows().addListener((ListChangeListener<PolicyRow>) change -> list.refresh());
    renderViolations(null);
  }

  Node view() {
    return root;
  }

  private void renderViolations(@Nullable PolicyRow row) {
    violations.getChildren().clear();
    if (row == null) {
      Label hint = new Label("Select a policy to see how the estate keeps to it.");
      hint.getStyleClass().add(Styles.TEXT_MUTED);
      violations.getChildren().add(hint);
      return;
    }
    if (row.agentName() == null && row.violations().isEmpty()) {
      return;
    }
    if (row.violations().isEmpty()) {
      violations
          .getChildren()
          .add(new Badge(row.agentName() + " keeps to its policy", Tone.SUCCESS));
      return;
    }
    for (PolicyViolation v : row.violations()) {
      HBox kind = new HBox(new Badge(v.kind().title(), Tone.DANGER));
      kind.setMinWidth(KIND_COLUMN);
      kind.setPrefWidth(KIND_COLUMN);
      Label detail = ScorecardPage.wrapped(v.detail(), "");
      HBox.setHgrow(detail, Priority.ALWAYS);
      HBox line = new HBox(10, kind, detail);
      line.setAlignment(Pos.TOP_LEFT);
      line.getStyleClass().add("policy-violation");
      violations.getChildren().add(line);
    }
  }

  private static void styleValidation(Label label, boolean ok) {
    label.getStyleClass().removeAll("validation-ok", "validation-error");
    label.getStyleClass().add(ok ? "validation-ok" : "validation-error");
  }

  private void chooseImport() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Import agent policies");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
    File file = chooser.showOpenDialog(root.getScene().getWindow());
    if (file != null) {
      viewModel.importFile(file.toPath());
    }
  }

  /** A policy in the list: the agent, and whether the estate keeps to it. */
  private static final class PolicyCell extends ListCell<PolicyRow> {
    @Override
    protected void updateItem(@Nullable PolicyRow row, boolean empty) {
      super.updateItem(row, empty);
      if (empty || row == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      Label agent = new Label(row.policy().agentId());
      agent.getStyleClass().add(Styles.TEXT_BOLD);
      Label level = new Label(row.policy().accessLevel().jsonName());
      level.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
      Region push = new Region();
      HBox.setHgrow(push, Priority.ALWAYS);
      Badge state =
          row.agentName() == null
              ? new Badge("agent not found", Tone.WARNING)
              : row.violations().isEmpty()
                  ? new Badge("keeps to it", Tone.SUCCESS)
                  : new Badge(
                      Display.count(row.violations().size(), "violation", "violations"),
                      Tone.DANGER);
      HBox line = new HBox(8, new VBox(0, agent, level), push, state);
      line.setAlignment(Pos.CENTER_LEFT);
      // The cell takes the list's width rather than asking for its content's.
      setPrefWidth(0);
      setText(null);
      setGraphic(line);
    }
  }
}
