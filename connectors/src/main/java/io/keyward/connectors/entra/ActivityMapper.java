package io.keyward.connectors.entra;

import io.keyward.connectors.Timestamps;
import io.keyward.connectors.entra.GraphWire.AuditTarget;
import io.keyward.connectors.entra.GraphWire.DirectoryAudit;
import io.keyward.connectors.entra.GraphWire.SignIn;
import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.AccessEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Sign-ins and credential changes as access events on the identities the same sync loaded: a user
 * sign-in is a SIGN_IN, a service principal sign-in (client credentials) a CREDENTIAL_ISSUED, a
 * failed one of either ACCESS_DENIED; a change to an application's or service principal's
 * certificates and secrets a CHANGE on that identity. Graph names principals by object id; an app
 * registration and its service principal are one identity. Pure: no I/O.
 */
final class ActivityMapper {
  private final EntraIds ids;
  private final Map<String, String> identityByObjectId = new HashMap<>();

  /**
   * @param loaded the ids of the identities the sync maps; events of anyone else keep no identity
   */
  ActivityMapper(EntraIds ids, TenantSnapshot tenant, Set<String> loaded) {
    this.ids = ids;
    tenant.users().forEach(u -> put(u.id(), ids.user(u.id()), loaded));
    tenant.servicePrincipals().forEach(p -> put(p.id(), ids.principal(p), loaded));
    tenant.agentIdentities().forEach(p -> put(p.id(), ids.agent(p.id()), loaded));
    tenant.applications().forEach(a -> put(a.id(), ids.app(a.appId()), loaded));
  }

  private void put(String objectId, String identityId, Set<String> loaded) {
    if (loaded.contains(identityId)) {
      identityByObjectId.putIfAbsent(objectId, identityId);
    }
  }

  List<AccessEvent> map(TenantActivity activity) {
    List<AccessEvent> events = new ArrayList<>();
    for (SignIn signIn : activity.userSignIns()) {
      events.add(signIn(signIn, signIn.userId(), AccessEventType.SIGN_IN, "Sign-in"));
    }
    for (SignIn signIn : activity.principalSignIns()) {
      events.add(
          signIn(
              signIn,
              signIn.servicePrincipalId(),
              AccessEventType.CREDENTIAL_ISSUED,
              "Service principal sign-in"));
    }
    for (DirectoryAudit audit : activity.audits()) {
      if (isCredentialChange(audit.activityDisplayName())) {
        events.add(change(audit));
      }
    }
    return events;
  }

  /**
   * "Update application – Certificates and secrets management", "Add service principal
   * credentials", "Remove service principal credentials" and the like.
   */
  static boolean isCredentialChange(String activity) {
    String name = activity.toLowerCase(Locale.ROOT);
    return name.contains("certificates and secrets") || name.contains("credentials");
  }

  private AccessEvent signIn(
      SignIn signIn, @Nullable String objectId, AccessEventType success, String what) {
    String action =
        what
            + (signIn.appDisplayName() == null ? "" : " to " + signIn.appDisplayName())
            + (signIn.failed() ? " failed: " + failure(signIn) : "");
    return new AccessEvent(
        ids.item("signin", signIn.id()),
        ids.sourceId(),
        time(signIn.createdDateTime(), "sign-in " + signIn.id() + " createdDateTime"),
        signIn.failed() ? AccessEventType.ACCESS_DENIED : success,
        objectId == null ? null : identityByObjectId.get(objectId),
        null,
        action,
        signIn.resourceDisplayName(),
        signIn.ipAddress(),
        signIn.location() == null ? null : signIn.location().countryOrRegion());
  }

  private static String failure(SignIn signIn) {
    var status = Objects.requireNonNull(signIn.status());
    return status.errorCode()
        + (status.failureReason() == null ? "" : " " + status.failureReason());
  }

  private AccessEvent change(DirectoryAudit audit) {
    String identity = null;
    String target = null;
    for (AuditTarget t :
        audit.targetResources() == null ? List.<AuditTarget>of() : audit.targetResources()) {
      String found = t.id() == null ? null : identityByObjectId.get(t.id());
      if (found != null) {
        identity = found;
        target = t.displayName();
        break;
      }
    }
    var initiator = audit.initiatedBy();
    String ip = initiator == null || initiator.user() == null ? null : initiator.user().ipAddress();
    boolean succeeded = audit.result() == null || audit.result().equalsIgnoreCase("success");
    return new AccessEvent(
        ids.item("audit", audit.id()),
        ids.sourceId(),
        time(audit.activityDateTime(), "directory audit " + audit.id() + " activityDateTime"),
        succeeded ? AccessEventType.CHANGE : AccessEventType.ACCESS_DENIED,
        identity,
        null,
        audit.activityDisplayName().strip() + (succeeded ? "" : " (" + audit.result() + ")"),
        target,
        ip,
        null);
  }

  private static Instant time(String text, String field) {
    return Objects.requireNonNull(Timestamps.iso(text, field), field);
  }
}
