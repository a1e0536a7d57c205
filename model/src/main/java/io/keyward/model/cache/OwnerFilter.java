package io.keyward.model.cache;

public enum OwnerFilter {
  ANY,
  HAS_OWNER,
  NO_OWNER
}
