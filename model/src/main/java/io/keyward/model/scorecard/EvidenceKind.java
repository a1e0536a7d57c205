package io.keyward.model.scorecard;

import java.util.Locale;

/** What a piece of evidence is; the console opens the inventory of that kind on it. */
public enum EvidenceKind {
  IDENTITY("identity", "identities"),
  CREDENTIAL("credential", "credentials"),
  GRANT("grant", "grants"),
  DELEGATION("delegation", "delegations"),
  ALERT("alert", "alerts"),
  RESOURCE("resource", "resources"),
  SOURCE("source", "sources");

  private final String singular;
  private final String plural;

  EvidenceKind(String singular, String plural) {
    this.singular = singular;
    this.plural = plural;
  }

  public String singular() {
    return singular;
  }

  public String plural() {
    return plural;
  }

  /** {@code 1 grant}, {@code 3 grants}. */
  public String count(long n) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
  }
}
