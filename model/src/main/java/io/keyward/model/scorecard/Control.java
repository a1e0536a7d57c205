package io.keyward.model.scorecard;

/**
 * A control or technique a finding cites.
 *
 * @param id the framework's own identifier, e.g. {@code PR.AA-05}, {@code AML.T0012}, {@code NHI7}
 */
public record Control(Framework framework, String id, String title) {

  /** The frameworks findings cite. */
  public enum Framework {
    NIST_CSF_2("NIST CSF 2.0"),
    NIST_AI_RMF("NIST AI RMF 1.0"),
    MITRE_ATLAS("MITRE ATLAS"),
    OWASP_NHI("OWASP Non-Human Identities Top 10 (2025)");

    private final String title;

    Framework(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  /** e.g. {@code NIST CSF 2.0 PR.AA-05}. */
  public String reference() {
    return framework.title() + " " + id;
  }
}
