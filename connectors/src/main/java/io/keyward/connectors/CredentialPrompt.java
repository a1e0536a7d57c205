package io.keyward.connectors;

import java.util.Optional;

/**
 * Asks the person at the keyboard for a secret the ecosystem's standard places did not provide. The
 * answer lives in memory for this run only; nothing writes it down.
 */
@FunctionalInterface
public interface CredentialPrompt {
  /** A prompt for places where nobody can answer (CI, scripts): it never finds a secret. */
  CredentialPrompt NONE = question -> Optional.empty();

  Optional<Secret> ask(String question);
}
