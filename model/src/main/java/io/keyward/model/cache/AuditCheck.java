package io.keyward.model.cache;

import java.util.List;

/**
 * What {@link RevocationLog#verify()} found.
 *
 * @param head the last entry's hash: note it to detect later removal of entries from the end
 * @param problems one line per broken link; empty when the chain is intact
 */
public record AuditCheck(long entries, String head, List<String> problems) {
  public AuditCheck {
    problems = List.copyOf(problems);
  }

  public boolean intact() {
    return problems.isEmpty();
  }
}
