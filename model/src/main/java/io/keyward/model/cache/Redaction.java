package io.keyward.model.cache;

/**
 * How {@link CacheRedaction} rewrites a cache copy: deterministic, so equal inputs give equal
 * outputs and the references between rows survive.
 */
public interface Redaction {
  /** Free text or an id that may embed personal values: each embedded value replaced. */
  String text(String original);

  /**
   * A value that is personal as a whole (e.g. an IP address, an audit actor): replaced outright.
   */
  String token(String original);
}
