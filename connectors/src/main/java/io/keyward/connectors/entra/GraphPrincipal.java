package io.keyward.connectors.entra;

import io.keyward.model.domain.Identity;
import java.util.Optional;

/**
 * A user, group or service principal as Graph addresses it ({@code /users/{objectId}}), told by the
 * cache id EntraIds gives. An {@code app/} identity is a service principal only when the sync saw
 * one (it then carries {@code servicePrincipalType}); else it is an app registration alone.
 *
 * @param collection {@code users}, {@code groups} or {@code servicePrincipals}
 */
record GraphPrincipal(String collection, String objectId) {
  static Optional<GraphPrincipal> of(Identity identity) {
    String local = identity.id().substring(identity.sourceId().length() + 1);
    String collection;
    if (local.startsWith("user/")) {
      collection = "users";
    } else if (local.startsWith("group/")) {
      collection = "groups";
    } else if (local.startsWith("agent/")
        || (local.startsWith("app/") && identity.tags().containsKey("servicePrincipalType"))) {
      collection = "servicePrincipals";
    } else {
      return Optional.empty();
    }
    return Optional.of(new GraphPrincipal(collection, identity.externalId()));
  }

  boolean isUser() {
    return collection.equals("users");
  }

  boolean isServicePrincipal() {
    return collection.equals("servicePrincipals");
  }

  /** {@code /users/{id}} and so on, plus {@code rest}. */
  String path(String rest) {
    return "/" + collection + "/" + objectId + rest;
  }
}
