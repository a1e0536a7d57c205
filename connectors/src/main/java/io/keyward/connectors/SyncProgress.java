package io.keyward.connectors;

/**
 * Where a running sync is: the phase it is in (fetching users, loading), how many items it has
 * handled so far and how fast.
 */
public record SyncProgress(String sourceId, String phase, long items, double itemsPerSecond) {}
