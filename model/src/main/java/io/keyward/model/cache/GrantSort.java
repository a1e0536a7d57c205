package io.keyward.model.cache;

/** What grants can be sorted by in the cache. */
public enum GrantSort {
  /** The order the sources listed them in; needs no sort, so the default for a million grants. */
  LOAD_ORDER,
  PRINCIPAL,
  PERMISSION,
  RESOURCE,
  PRIVILEGE,
  ORIGIN,
  SOURCE,
  LAST_USED,
  CONDITION;

  public static final Sort<GrantSort> DEFAULT = Sort.ascending(LOAD_ORDER);
}
