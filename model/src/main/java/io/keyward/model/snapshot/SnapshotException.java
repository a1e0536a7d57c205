package io.keyward.model.snapshot;

/** A snapshot cannot be written, or was refused; the message is one line meant for the user. */
public final class SnapshotException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SnapshotException(String message) {
    super(message);
  }

  public SnapshotException(String message, Throwable cause) {
    super(message, cause);
  }
}
