package io.keyward.model.cache;

/** What credentials can be sorted by in the cache. */
public enum CredentialSort {
  KEY_ID,
  HOLDER,
  KIND,
  STATUS,
  CREATED,
  EXPIRES,
  LAST_USED,
  SOURCE,
  NAME;

  /** Oldest first: old keys are the ones to rotate. */
  public static final Sort<CredentialSort> DEFAULT = Sort.ascending(CREATED);
}
