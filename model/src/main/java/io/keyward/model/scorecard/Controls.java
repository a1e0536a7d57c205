package io.keyward.model.scorecard;

import io.keyward.model.scorecard.Control.Framework;

/**
 * The controls the criteria cite, each named once. Only identifiers that exist in the published
 * frameworks are listed; where no control fits closely, a criterion cites none of that framework.
 */
final class Controls {
  private Controls() {}

  // NIST Cybersecurity Framework 2.0
  static final Control CSF_PR_AA_01 =
      csf(
          "PR.AA-01",
          "Identities and credentials for authorized users, services and hardware are managed");
  static final Control CSF_PR_AA_02 =
      csf(
          "PR.AA-02",
          "Identities are proofed and bound to credentials based on the context of interactions");
  static final Control CSF_PR_AA_03 =
      csf("PR.AA-03", "Users, services and hardware are authenticated");
  static final Control CSF_PR_AA_05 =
      csf(
          "PR.AA-05",
          "Access permissions, entitlements and authorizations are defined in a policy, managed,"
              + " enforced and reviewed, with least privilege and separation of duties");
  static final Control CSF_PR_PS_04 =
      csf("PR.PS-04", "Log records are generated and made available for continuous monitoring");
  static final Control CSF_PR_DS_01 =
      csf(
          "PR.DS-01",
          "The confidentiality, integrity and availability of data-at-rest are protected");
  static final Control CSF_DE_CM_03 =
      csf("DE.CM-03", "Personnel activity and technology usage are monitored for adverse events");
  static final Control CSF_DE_AE_02 =
      csf(
          "DE.AE-02",
          "Potentially adverse events are analyzed to better understand associated activities");
  static final Control CSF_RS_MI_01 = csf("RS.MI-01", "Incidents are contained");

  // NIST AI Risk Management Framework 1.0
  static final Control RMF_GOVERN_2_1 =
      rmf(
          "GOVERN 2.1",
          "Roles, responsibilities and lines of communication for AI risks are documented and clear");
  static final Control RMF_MEASURE_2_7 =
      rmf("MEASURE 2.7", "AI system security and resilience are evaluated and documented");
  static final Control RMF_MANAGE_2_4 =
      rmf(
          "MANAGE 2.4",
          "Mechanisms are in place to supersede, disengage or deactivate AI systems acting outside"
              + " intended use");
  static final Control RMF_MANAGE_4_1 =
      rmf("MANAGE 4.1", "Post-deployment monitoring plans are implemented");

  // MITRE ATLAS
  static final Control ATLAS_VALID_ACCOUNTS = atlas("AML.T0012", "Valid Accounts");
  static final Control ATLAS_UNSECURED_CREDENTIALS = atlas("AML.T0055", "Unsecured Credentials");
  static final Control ATLAS_POISON_TRAINING_DATA = atlas("AML.T0020", "Poison Training Data");
  static final Control ATLAS_SUPPLY_CHAIN = atlas("AML.T0010", "ML Supply Chain Compromise");
  static final Control ATLAS_EXFILTRATION = atlas("AML.T0025", "Exfiltration via Cyber Means");
  static final Control ATLAS_CONTROL_ACCESS_AT_REST =
      atlas("AML.M0005", "Control Access to ML Models and Data at Rest");

  // OWASP Non-Human Identities Top 10 (2025)
  static final Control NHI1 = nhi("NHI1", "Improper Offboarding");
  static final Control NHI2 = nhi("NHI2", "Secret Leakage");
  static final Control NHI4 = nhi("NHI4", "Insecure Authentication");
  static final Control NHI5 = nhi("NHI5", "Overprivileged NHI");
  static final Control NHI7 = nhi("NHI7", "Long-Lived Secrets");
  static final Control NHI9 = nhi("NHI9", "NHI Reuse");
  static final Control NHI10 = nhi("NHI10", "Human Use of NHI");

  private static Control csf(String id, String title) {
    return new Control(Framework.NIST_CSF_2, id, title);
  }

  private static Control rmf(String id, String title) {
    return new Control(Framework.NIST_AI_RMF, id, title);
  }

  private static Control atlas(String id, String title) {
    return new Control(Framework.MITRE_ATLAS, id, title);
  }

  private static Control nhi(String id, String title) {
    return new Control(Framework.OWASP_NHI, id, title);
  }
}
