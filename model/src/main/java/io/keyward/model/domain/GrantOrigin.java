package io.keyward.model.domain;

/** How a principal came to hold a grant. */
public enum GrantOrigin {
  DIRECT,
  VIA_GROUP,
  VIA_ROLE
}
