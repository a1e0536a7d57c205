package io.keyward.app.cli;

import io.keyward.connectors.CredentialPrompt;
import io.keyward.connectors.Secret;
import java.io.Console;
import java.util.Arrays;
import java.util.Optional;

/** Asks for a secret on the terminal without echo; nothing is kept beyond this run. */
final class TerminalPrompt implements CredentialPrompt {
  @Override
  public Optional<Secret> ask(String question) {
    Console console = System.console();
    if (console == null) {
      return Optional.empty();
    }
    char[] typed = console.readPassword("%s: ", question);
    if (typed == null || typed.length == 0) {
      return Optional.empty();
    }
    Secret secret = Secret.of(new String(typed));
    Arrays.fill(typed, ' ');
    return Optional.of(secret);
  }
}
