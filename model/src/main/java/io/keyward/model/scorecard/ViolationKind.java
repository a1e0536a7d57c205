package io.keyward.model.scorecard;

/** What part of an agent policy the estate breaks. */
public enum ViolationKind {
  /** No identity in the cache matches the policy's {@code ai_agent_id}. */
  AGENT_NOT_FOUND("Agent not found"),
  /** A credential lives longer than {@code max_token_exp_minutes}, or never expires. */
  TOKEN_LIFETIME("Token lifetime"),
  /** A grant on a resource outside {@code data_scope}. */
  DATA_SCOPE("Data scope"),
  /** A grant stronger than {@code access_level} allows, or on sensitive data it excludes. */
  ACCESS_LEVEL("Access level"),
  /** Activity from a region outside {@code geo_restrictions}. */
  GEOGRAPHY("Geography"),
  /** The owner is missing, disabled or not a human. */
  OWNER("Owner"),
  /** The agent's source was last audited (synced) longer ago than {@code audit_frequency}. */
  AUDIT_FREQUENCY("Audit frequency");

  private final String title;

  ViolationKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
