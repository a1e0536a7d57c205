package io.keyward.model.cache;

import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.Privilege;
import java.util.EnumSet;
import java.util.Set;

/**
 * The problems the overview leads with. Each is defined by the inventory filter that lists its
 * items, so the count on the overview and the list behind a click can never disagree.
 */
public enum Problem {
  STALE_KEYS(
      "Stale static keys",
      "Active non-expiring credentials of non-human identities older than 90 days"),
  AGENTS_WITHOUT_OWNER("Ownerless agents", "Agents no accountable human owns or sponsors"),
  ADMIN_AGENTS("Admin agents", "Grants at admin level held by agents"),
  UNUSED_GRANTS(
      "Unused grants", "Non-human grants their source reports unused for 90 days or never used"),
  OPEN_ALERTS("Open alerts", "Alerts from connected feeds that are still open");

  static final int STALE_KEY_DAYS = 90;
  static final int UNUSED_GRANT_DAYS = 90;
  private static final Set<IdentityKind> NON_HUMAN =
      EnumSet.of(
          IdentityKind.AGENT,
          IdentityKind.SERVICE_ACCOUNT,
          IdentityKind.WORKLOAD,
          IdentityKind.APPLICATION);

  private final String title;
  private final String description;

  Problem(String title, String description) {
    this.title = title;
    this.description = description;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public static CredentialFilter staleKeys() {
    return CredentialFilter.ALL
        .withHolderKinds(NON_HUMAN)
        .withStatus(CredentialStatus.ACTIVE)
        .withStaticOnly(true)
        .withMinAgeDays(STALE_KEY_DAYS);
  }

  public static IdentityFilter agentsWithoutOwner() {
    return IdentityFilter.ALL.withKinds(Set.of(IdentityKind.AGENT)).withOwner(OwnerFilter.NO_OWNER);
  }

  public static GrantFilter adminAgents() {
    return GrantFilter.ALL
        .withPrincipalKinds(Set.of(IdentityKind.AGENT))
        .withMinPrivilege(Privilege.ADMIN);
  }

  /**
   * From the last use sources report (a cheap query at any size); the usage analysis adds what
   * access events show, see docs/usage.md.
   */
  public static GrantFilter unusedGrants() {
    return GrantFilter.ALL.withPrincipalKinds(NON_HUMAN).withUnusedForDays(UNUSED_GRANT_DAYS);
  }

  public static AlertFilter openAlerts() {
    return AlertFilter.ALL.withStatus(AlertStatus.OPEN);
  }
}
