package io.keyward.model.domain;

public enum CredentialKind {
  ACCESS_KEY,
  CLIENT_SECRET,
  CERTIFICATE,
  SERVICE_ACCOUNT_KEY,
  API_TOKEN,
  SESSION
}
