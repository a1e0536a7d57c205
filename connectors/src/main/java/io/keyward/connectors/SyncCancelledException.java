package io.keyward.connectors;

/** The user cancelled a sync; the run ends as INTERRUPTED and changes nothing. */
public final class SyncCancelledException extends RuntimeException {
  public SyncCancelledException(String sourceId) {
    super(sourceId + ": sync cancelled");
  }
}
