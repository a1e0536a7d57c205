package io.keyward.model.domain;

public enum IdentityStatus {
  ENABLED,
  DISABLED
}
