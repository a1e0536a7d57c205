package io.keyward.model.domain;

/** What an identity is. Agents are first-class, not service accounts with a tag. */
public enum IdentityKind {
  HUMAN,
  AGENT,
  SERVICE_ACCOUNT,
  WORKLOAD,
  APPLICATION,
  ROLE,
  GROUP;

  /** Non-human identities are the ones that need an accountable human owner. */
  public boolean isNonHuman() {
    return this == AGENT || this == SERVICE_ACCOUNT || this == WORKLOAD || this == APPLICATION;
  }
}
