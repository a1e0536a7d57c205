package io.keyward.connectors.revoke;

import io.keyward.model.domain.RevocationAction;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a revocation will do, worked out without asking the source.
 *
 * @param changes exactly what changes at the source
 * @param limits what the action cannot do, e.g. tokens already issued stay valid until they expire
 * @param undo how it can be undone; null when it cannot
 */
public record Preflight(
    RevocationAction action,
    RevocationTarget target,
    List<String> changes,
    List<String> limits,
    @Nullable String undo) {
  public Preflight {
    changes = List.copyOf(changes);
    limits = List.copyOf(limits);
  }

  /** Irreversible actions need typed confirmation. */
  public boolean destructive() {
    return undo == null;
  }

  /** The preflight as the audit and the CLI show it. */
  public String text() {
    StringBuilder text =
        new StringBuilder(action.cliName()).append(" on ").append(target.describe()).append('\n');
    changes.forEach(c -> text.append("changes: ").append(c).append('\n'));
    limits.forEach(l -> text.append("cannot: ").append(l).append('\n'));
    text.append(undo == null ? "undo: not possible" : "undo: " + undo);
    return text.toString();
  }
}
