package io.keyward.connectors;

/**
 * A configured, authenticated handle on one source, made by {@link Connector#connect}. It fetches,
 * maps to the model and hands the items to {@link SyncContext#load}; the engine does the rest.
 */
public interface SourceConnection {
  /**
   * Proves the credentials work and the source answers, with the least reading possible.
   *
   * @return what was reached, e.g. "realm agents on http://localhost:8080: 42 users"
   * @throws SourceException when the source cannot be reached or refuses the credentials
   */
  String test();

  /**
   * Fetches everything, maps it and loads it through {@code context}. Throws {@link
   * SourceException} on any failure, leaving the cache as it was.
   */
  void sync(SyncContext context);
}
