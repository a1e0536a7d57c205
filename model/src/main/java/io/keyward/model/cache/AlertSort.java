package io.keyward.model.cache;

/** What alerts can be sorted by in the cache. */
public enum AlertSort {
  TIME,
  SEVERITY,
  TITLE,
  IDENTITY,
  STATUS,
  TYPE,
  SOURCE;

  /** Newest first. */
  public static final Sort<AlertSort> DEFAULT = Sort.descending(TIME);
}
