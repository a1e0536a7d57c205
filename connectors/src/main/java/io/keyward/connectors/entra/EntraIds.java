package io.keyward.connectors.entra;

/**
 * Item ids of one tenant, shaped like the demo estate's ({@code <source>:user/...}), keyed by what
 * Graph keeps stable: object ids, and app ids for applications so an app registration and its
 * service principal are one identity.
 */
record EntraIds(String sourceId) {
  String user(String objectId) {
    return sourceId + ":user/" + objectId;
  }

  String group(String objectId) {
    return sourceId + ":group/" + objectId;
  }

  String agent(String objectId) {
    return sourceId + ":agent/" + objectId;
  }

  String app(String appId) {
    return sourceId + ":app/" + appId;
  }

  /** An agent identity by object id, any other service principal as its application. */
  String principal(GraphWire.ServicePrincipal principal) {
    if (principal.isAgentIdentity()) {
      return agent(principal.id());
    }
    return app(java.util.Objects.requireNonNullElse(principal.appId(), principal.id()));
  }

  String api(String appId) {
    return sourceId + ":api/" + appId;
  }

  /** Who an {@code AllPrincipals} consent speaks for: every user of the tenant. */
  String allUsers() {
    return sourceId + ":all-users";
  }

  /** A grant or delegation, e.g. {@code grant/approle/<assignment id>}. */
  String item(String type, String... parts) {
    return sourceId + ":" + type + "/" + String.join("/", parts);
  }
}
