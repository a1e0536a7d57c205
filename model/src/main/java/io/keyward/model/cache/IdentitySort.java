package io.keyward.model.cache;

/** What identities can be sorted by in the cache. */
public enum IdentitySort {
  NAME,
  KIND,
  SOURCE,
  OWNER,
  STATUS,
  CREATED,
  EXTERNAL_ID;

  public static final Sort<IdentitySort> DEFAULT = Sort.ascending(NAME);
}
