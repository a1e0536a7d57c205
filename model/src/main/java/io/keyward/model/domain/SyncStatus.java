package io.keyward.model.domain;

public enum SyncStatus {
  RUNNING,
  COMPLETED,
  FAILED,
  /** The process stopped mid-run; found on the next open of the cache. */
  INTERRUPTED
}
