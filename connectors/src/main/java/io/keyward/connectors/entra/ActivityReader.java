package io.keyward.connectors.entra;

import io.keyward.connectors.entra.GraphWire.DirectoryAudit;
import io.keyward.connectors.entra.GraphWire.SignIn;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.HttpUrl;

/**
 * Reads the last {@link #DAYS} days of sign-ins (users from v1.0, service principals from beta,
 * which alone lists them) and of application credential changes, newest first, at most {@link
 * #LIMIT} of each. These logs need AuditLog.Read.All (sign-ins also an Entra ID P1/P2 licence): a
 * refusal is a note on the sync, never a failed inventory.
 */
final class ActivityReader {
  /** Entra keeps sign-ins 30 days with a premium licence. */
  static final int DAYS = 30;

  static final int LIMIT = 10_000;
  static final String SIGN_INS = "/auditLogs/signIns";
  static final String AUDITS = "/auditLogs/directoryAudits";

  private final GraphClient graph;
  private final EntraSettings settings;
  private final Consumer<String> phase;
  private final Consumer<String> note;
  private final String since;

  ActivityReader(
      GraphClient graph,
      EntraSettings settings,
      Consumer<String> phase,
      Consumer<String> note,
      Instant now) {
    this.graph = graph;
    this.settings = settings;
    this.phase = phase;
    this.note = note;
    this.since = now.minus(Duration.ofDays(DAYS)).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  TenantActivity read() {
    phase.accept("reading sign-ins");
    List<SignIn> users =
        read(
            settings.v1(SIGN_INS + "?$filter=createdDateTime ge " + since + "&$top=1000"),
            SignIn.class,
            "user sign-ins");
    phase.accept("reading service principal sign-ins");
    List<SignIn> principals =
        read(
            settings.beta(
                SIGN_INS
                    + "?$filter=createdDateTime ge "
                    + since
                    + " and signInEventTypes/any(t: t eq 'servicePrincipal')&$top=1000"),
            SignIn.class,
            "service principal sign-ins (Graph beta)");
    phase.accept("reading credential changes");
    List<DirectoryAudit> audits =
        read(
            settings.v1(
                AUDITS
                    + "?$filter=activityDateTime ge "
                    + since
                    + " and category eq 'ApplicationManagement'&$top=1000"),
            DirectoryAudit.class,
            "directory audits");
    return new TenantActivity(users, principals, audits);
  }

  private <T> List<T> read(HttpUrl url, Class<T> type, String what) {
    return graph.listPermitted(
        url,
        type,
        LIMIT,
        status ->
            note.accept(
                what
                    + " not read: GET "
                    + url.encodedPath()
                    + " answered "
                    + status
                    + (status == 403
                        ? " (the app needs AuditLog.Read.All; sign-ins also an Entra ID P1/P2"
                            + " licence)"
                        : " (not offered here)")));
  }
}
