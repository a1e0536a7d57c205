package io.keyward.connectors;

import java.util.Locale;

/**
 * Where a running sync is: the phase it is in (fetching users, loading), how many items it has
 * handled so far and how fast.
 */
public record SyncProgress(String sourceId, String phase, long items, double itemsPerSecond) {

  /** One line for a status bar or a terminal: "aws:prod: fetching users, 1,200 items, 300/s". */
  public String describe() {
    return String.format(
        Locale.ROOT, "%s: %s, %,d items, %,.0f/s", sourceId, phase, items, itemsPerSecond);
  }
}
