package io.keyward.connectors;

import io.keyward.connectors.http.HttpTuning;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a connector finds credentials: the process environment (AWS_*, AZURE_*,
 * GOOGLE_APPLICATION_CREDENTIALS, KEYWARD_KEYCLOAK_CLIENT_SECRET), files under the user's home
 * (~/.aws), and a prompt as last resort; and how patient HTTP is. Tests pass their own instead of
 * the real process's.
 */
public record ConnectEnvironment(
    Map<String, String> variables, Path home, CredentialPrompt prompt, HttpTuning http) {
  public ConnectEnvironment {
    variables = Map.copyOf(variables);
  }

  public static ConnectEnvironment system(CredentialPrompt prompt) {
    return new ConnectEnvironment(
        System.getenv(), Path.of(System.getProperty("user.home")), prompt, HttpTuning.DEFAULT);
  }

  /** A variable that is set and not blank. */
  public Optional<String> variable(String name) {
    String value = variables.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /** A secret from {@code variable}, else from the prompt asking {@code question}. */
  public Optional<Secret> secret(String variable, String question) {
    return variable(variable).map(Secret::of).or(() -> prompt.ask(question));
  }
}
