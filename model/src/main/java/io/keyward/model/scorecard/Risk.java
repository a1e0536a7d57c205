package io.keyward.model.scorecard;

/** The four risks every finding maps to. */
public enum Risk {
  ACCOUNTABILITY("Accountability", "Who is responsible for what an agent does"),
  LEAST_PRIVILEGE("Least privilege", "Only the access the single task needs"),
  ABUSE_PREVENTION(
      "Abuse prevention", "Malicious or accidental misuse, privilege escalation, impersonation"),
  DATA_SAFEGUARDING("Data safeguarding", "Exfiltration and poisoning of data and models");

  private final String title;
  private final String question;

  Risk(String title, String question) {
    this.title = title;
    this.question = question;
  }

  public String title() {
    return title;
  }

  public String question() {
    return question;
  }
}
