package io.keyward.app.console;

import io.keyward.connectors.CredentialPrompt;
import io.keyward.connectors.Secret;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/**
 * Asks for a secret in a dialog when a connector finds none in the environment. Syncs call it from
 * their worker thread; it waits for the analyst's answer. The answer stays in memory for that sync.
 */
final class FxSecretPrompt implements CredentialPrompt {
  @Override
  public Optional<Secret> ask(String question) {
    if (Platform.isFxApplicationThread()) {
      return show(question);
    }
    CompletableFuture<Optional<Secret>> answer = new CompletableFuture<>();
    Platform.runLater(() -> answer.complete(show(question)));
    try {
      return answer.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      return Optional.empty();
    }
  }

  private static Optional<Secret> show(String question) {
    PasswordField field = new PasswordField();
    Dialog<String> dialog = new Dialog<>();
    dialog.setTitle("Keyward needs a credential");
    dialog.getDialogPane().setContent(new VBox(8, new Label(question), field));
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText() : null);
    Platform.runLater(field::requestFocus);
    return dialog.showAndWait().filter(text -> !text.isEmpty()).map(Secret::of);
  }
}
