package io.keyward.connectors;

/** Receives progress of a running sync; called on the sync's thread, so keep it quick. */
@FunctionalInterface
public interface SyncListener {
  SyncListener SILENT = progress -> {};

  void progress(SyncProgress progress);
}
