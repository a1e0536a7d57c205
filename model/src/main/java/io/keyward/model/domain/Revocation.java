package io.keyward.model.domain;

import java.time.Instant;

/**
 * One attempt to cut access through a source, dry-runs included.
 *
 * @param actor who asked for it (the local user name)
 * @param detail the preflight and the source's own answer, for the audit trail
 */
public record Revocation(
    String id,
    Instant time,
    String actor,
    RevocationAction action,
    String targetId,
    String sourceId,
    RevocationOutcome outcome,
    String detail) {

  public Revocation {
    Require.text(id, "revocation id");
    Require.present(time, "revocation time");
    Require.text(actor, "revocation actor");
    Require.present(action, "revocation action");
    Require.text(targetId, "revocation target");
    Require.text(sourceId, "revocation source");
    Require.present(outcome, "revocation outcome");
    Require.present(detail, "revocation detail");
  }
}
