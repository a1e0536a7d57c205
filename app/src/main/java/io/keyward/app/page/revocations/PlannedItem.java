package io.keyward.app.page.revocations;

import io.keyward.connectors.revoke.Preflight;
import io.keyward.model.cache.RevocationEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One target of a (possibly bulk) revocation: its preflight, or why the action does not apply, and
 * once attempted, the audit entry of the attempt.
 *
 * @param ref what the analyst named (a cache id for rows picked in the console)
 * @param target the target as the table shows it: its description once resolved, else {@code ref}
 * @param lostAccess the blast radius the action takes away, from the graph
 * @param problem why there is no preflight; empty when there is one
 */
public record PlannedItem(
    String ref,
    String target,
    @Nullable Preflight preflight,
    List<String> lostAccess,
    String problem,
    @Nullable RevocationEntry attempt) {

  public PlannedItem {
    lostAccess = List.copyOf(lostAccess);
  }

  static PlannedItem refused(String ref, String target, String problem) {
    return new PlannedItem(ref, target, null, List.of(), problem, null);
  }

  PlannedItem attempted(RevocationEntry entry) {
    return new PlannedItem(ref, target, preflight, lostAccess, problem, entry);
  }

  /** The plan or the problem, in one line. */
  public String plan() {
    if (preflight == null) {
      return problem;
    }
    return String.join("; ", preflight.changes())
        + (preflight.destructive() ? " (cannot be undone)" : "");
  }

  /** The outcome and the source's answer once attempted, else empty. */
  public String result() {
    return attempt == null ? "" : RevocationsViewModel.describe(attempt.revocation());
  }
}
