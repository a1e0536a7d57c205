package io.keyward.model.usage;

import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.Grant;
import io.keyward.model.graph.Glob;

/**
 * Whether an event's action and resource fall under a grant. The grant's permission is a pattern
 * over the event's action, compared without case as IAM does ({@code s3:*}, {@code s3:Get*}, {@code
 * *}); a role-like permission ({@code roles/bigquery.dataViewer}, a Keycloak role, an Entra app
 * role) matches only an event that names that role, since no source here logs which role allowed an
 * action. The grant's resource is a pattern over the event's resource or what contains it ({@link
 * ResourceNames}); an event that names no resource (sign-in logs, token events) is taken as
 * matching any resource.
 */
final class GrantMatch {
  private final ResourceNames names;

  GrantMatch(ResourceNames names) {
    this.names = names;
  }

  /** The event is an allowed use of the grant: an allowed access or an issuance under it. */
  boolean exercises(Grant grant, AccessEvent event) {
    return (event.type() == AccessEventType.ACCESS_ALLOWED
            || event.type() == AccessEventType.CREDENTIAL_ISSUED)
        && covers(grant, event);
  }

  /** The event's action on its resource is what the grant is about, allowed or not. */
  boolean covers(Grant grant, AccessEvent event) {
    String resource = event.resource();
    if (!Glob.matchesIgnoringCase(grant.permission(), event.action())) {
      return false;
    }
    return resource == null
        || names.of(resource).stream().anyMatch(name -> Glob.matches(grant.resource(), name));
  }
}
