package io.keyward.connectors.revoke;

import io.keyward.model.domain.RevocationOutcome;
import org.jspecify.annotations.Nullable;

/**
 * How an execution ended.
 *
 * @param answer the source's own answer (or error), never a secret
 * @param verification what re-reading the source afterwards showed
 * @param saved what the action read from the source before changing it, so an undo can put it back
 *     (a deleted inline policy's document); the audit keeps it. Null when the undo needs none
 */
public record RevocationResult(
    RevocationOutcome outcome, String answer, String verification, @Nullable String saved) {
  public RevocationResult(RevocationOutcome outcome, String answer, String verification) {
    this(outcome, answer, verification, null);
  }
}
