package io.keyward.connectors.revoke;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.SourceProfile;
import io.keyward.model.domain.RevocationAction;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How one kind of source cuts access. {@link #actions} and {@link #preflight} work offline, from
 * the cache alone, so a dry-run needs no credentials; {@link #revoke} and {@link #undo} connect,
 * act, then re-read the source to verify.
 */
public interface Revoker {
  /** The actions the source supports on {@code target}; empty when none. */
  List<RevocationAction> actions(RevocationTarget target);

  /**
   * @throws IllegalArgumentException when {@code action} is not one of {@link #actions}
   */
  Preflight preflight(RevocationAction action, RevocationTarget target);

  /**
   * Performs the action and verifies it; a target already in the revoked state is reported as
   * {@link io.keyward.model.domain.RevocationOutcome#ALREADY_DONE} without a change.
   *
   * @throws io.keyward.connectors.SourceException when the source refuses or cannot be reached
   */
  RevocationResult revoke(
      Preflight preflight, SourceProfile profile, ConnectEnvironment environment);

  /**
   * Reverses a reversible action (re-enables, re-adds) and verifies it.
   *
   * @param saved what the latest completed run of the action saved for its undo ({@link
   *     RevocationResult#saved}), as the audit keeps it; null when it saved nothing
   * @throws IllegalArgumentException when the preflight says the action cannot be undone; the
   *     default, for revokers none of whose actions can be
   */
  default RevocationResult undo(
      Preflight preflight,
      @Nullable String saved,
      SourceProfile profile,
      ConnectEnvironment environment) {
    throw notUndoable(preflight);
  }

  /** The error every revoker gives for an action it does not support on a target. */
  static IllegalArgumentException unsupported(
      RevocationAction action, RevocationTarget target, List<RevocationAction> supported) {
    return new IllegalArgumentException(
        action.cliName()
            + " does not apply to "
            + target.describe()
            + (supported.isEmpty()
                ? "; this source offers no revocation for it"
                : "; it supports "
                    + String.join(
                        ", ", supported.stream().map(RevocationAction::cliName).toList())));
  }

  /** Refuses {@code action} unless {@code revoker} offers it on {@code target}. */
  static void requireOffered(Revoker revoker, RevocationAction action, RevocationTarget target) {
    List<RevocationAction> supported = revoker.actions(target);
    if (!supported.contains(action)) {
      throw unsupported(action, target, supported);
    }
  }

  /** Refuses to undo what the preflight says cannot be undone. */
  static void requireUndoable(Preflight preflight) {
    if (preflight.undo() == null) {
      throw notUndoable(preflight);
    }
  }

  private static IllegalArgumentException notUndoable(Preflight preflight) {
    return new IllegalArgumentException(
        preflight.action().cliName()
            + " on "
            + preflight.target().describe()
            + " cannot be undone");
  }
}
