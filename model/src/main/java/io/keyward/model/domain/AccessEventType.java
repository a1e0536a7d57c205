package io.keyward.model.domain;

public enum AccessEventType {
  CREDENTIAL_ISSUED,
  SIGN_IN,
  ACCESS_ALLOWED,
  ACCESS_DENIED,
  CHANGE
}
