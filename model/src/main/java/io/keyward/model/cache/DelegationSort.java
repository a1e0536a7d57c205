package io.keyward.model.cache;

/** What delegations can be sorted by in the cache. */
public enum DelegationSort {
  /** The order the sources listed them in. */
  LOAD_ORDER,
  FROM,
  TO,
  KIND,
  SCOPE,
  CONDITION,
  SOURCE,
  EXPIRES;

  public static final Sort<DelegationSort> DEFAULT = Sort.ascending(LOAD_ORDER);
}
