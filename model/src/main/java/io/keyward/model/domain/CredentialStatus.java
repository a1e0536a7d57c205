package io.keyward.model.domain;

public enum CredentialStatus {
  ACTIVE,
  INACTIVE,
  EXPIRED,
  REVOKED
}
