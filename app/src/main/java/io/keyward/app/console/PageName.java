package io.keyward.app.console;

import java.util.Locale;
import java.util.Optional;

/** The console's pages in sidebar order; Ctrl+1..9 select the first nine. */
public enum PageName {
  OVERVIEW("Overview"),
  IDENTITIES("Identities"),
  CREDENTIALS("Credentials"),
  GRANTS("Grants"),
  DELEGATIONS("Delegations"),
  LINEAGE("Lineage"),
  ALERTS("Alerts"),
  SCORECARD("Scorecard"),
  REVOCATIONS("Revocations"),
  SOURCES("Sources"),
  GRAPH("Graph");

  private final String title;

  PageName(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /** The name the CLI uses, e.g. {@code identities}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PageName> fromCliName(String name) {
    for (PageName page : values()) {
      if (page.cliName().equals(name.toLowerCase(Locale.ROOT))) {
        return Optional.of(page);
      }
    }
    return Optional.empty();
  }
}
