package io.keyward.app.page.detail;

import io.keyward.app.format.Display;
import io.keyward.app.format.Tone;
import io.keyward.app.format.Tones;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.scorecard.PolicyViolation;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a detail-pane list, worded for the analyst: a title, a badge and a quieter line of
 * facts.
 */
public record DetailLine(String title, String badge, Tone tone, String facts) {

  public static DetailLine of(PolicyViolation violation) {
    return new DetailLine(
        violation.detail(), violation.kind().title(), Tone.DANGER, "Agent policy");
  }

  public static DetailLine of(Credential credential, Instant now) {
    String title =
        credential.displayName().isBlank() ? credential.externalId() : credential.displayName();
    String age =
        credential.createdAt() == null
            ? "age unknown"
            : Display.days(credential.createdAt(), now) + " old";
    String expiry =
        credential.isStatic()
            ? "never expires"
            : "expires " + Display.instant(credential.expiresAt());
    return new DetailLine(
        title,
        Display.words(credential.status()),
        Tones.of(credential.status()),
        String.join(
            " · ",
            Display.words(credential.kind()),
            age,
            expiry,
            "last used " + lastUsed(credential.lastUsedAt())));
  }

  /**
   * @param via the display name of the group or role the grant arrives through, if any
   */
  public static DetailLine of(Grant grant, @Nullable String via) {
    return new DetailLine(
        grant.permission() + " on " + grant.resource(),
        Display.words(grant.privilege()),
        Tones.of(grant.privilege()),
        Display.words(grant.origin())
            + (via == null ? "" : " " + via)
            + " · last used "
            + lastUsed(grant.lastUsedAt())
            + (grant.isWildcard() ? " · wildcard" : ""));
  }

  /**
   * @param otherEnd the display name of the identity at the delegation's other end
   */
  public static DetailLine of(Delegation delegation, String otherEnd) {
    return new DetailLine(
        otherEnd,
        Display.words(delegation.kind()),
        Tone.NEUTRAL,
        (delegation.scope().isEmpty()
                ? "unrestricted scope"
                : String.join(", ", delegation.scope()))
            + (delegation.condition() == null ? "" : " · if " + delegation.condition()));
  }

  public static DetailLine of(Alert alert) {
    return new DetailLine(
        alert.title(),
        Display.words(alert.severity()),
        Tones.of(alert.severity()),
        String.join(
            " · ", Display.instant(alert.time()), Display.words(alert.status()), alert.type()));
  }

  private static String lastUsed(@Nullable Instant instant) {
    return instant == null ? "never" : Display.instant(instant);
  }
}
