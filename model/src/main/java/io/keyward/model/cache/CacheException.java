package io.keyward.model.cache;

/** The cache cannot be opened or written; the message is meant for the user as it stands. */
public final class CacheException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CacheException(String message) {
    super(message);
  }

  public CacheException(String message, Throwable cause) {
    super(message, cause);
  }
}
