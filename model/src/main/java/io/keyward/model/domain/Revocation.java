package io.keyward.model.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One attempt to cut access through a source, dry-runs included, as the audit log keeps it.
 *
 * @param actor who asked for it (the local user name)
 * @param preflight what the action would change, what it cannot do, whether it can be undone
 * @param result the source's own answer, or why nothing was sent (a dry-run, a refusal)
 * @param verification what re-reading the source showed afterwards; empty for a dry-run
 * @param alertId the alert that led to the revocation, if any
 * @param saved what the action read from the source before changing it, so an undo can put it back
 *     (the document of an inline policy it deleted); null when the undo needs nothing kept
 */
public record Revocation(
    String id,
    Instant time,
    String actor,
    RevocationAction action,
    String targetId,
    String sourceId,
    RevocationOutcome outcome,
    String preflight,
    String result,
    String verification,
    @Nullable String alertId,
    @Nullable String saved) {

  public Revocation {
    Require.text(id, "revocation id");
    Require.present(time, "revocation time");
    Require.text(actor, "revocation actor");
    Require.present(action, "revocation action");
    Require.text(targetId, "revocation target");
    Require.text(sourceId, "revocation source");
    Require.present(outcome, "revocation outcome");
    Require.present(preflight, "revocation preflight");
    Require.present(result, "revocation result");
    Require.present(verification, "revocation verification");
  }
}
