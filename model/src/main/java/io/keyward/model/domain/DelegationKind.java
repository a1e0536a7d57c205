package io.keyward.model.domain;

/** The ways one principal comes to act through another. */
public enum DelegationKind {
  /** AWS role trust (incl. web identity and SAML federation). */
  ASSUME_ROLE,
  /** GCP service-account impersonation (token creator, actAs). */
  IMPERSONATION,
  /** OAuth delegated consent: a user or admin lets a client act on its behalf. */
  OAUTH_CONSENT,
  /** An agent or sub-agent acting for a human or another agent. */
  ON_BEHALF_OF,
  /** A member acts with what its group holds. */
  GROUP_MEMBERSHIP
}
