package io.keyward.connectors.entra;

import io.keyward.connectors.entra.GraphWire.Application;
import io.keyward.connectors.entra.GraphWire.Group;
import io.keyward.connectors.entra.GraphWire.ServicePrincipal;
import io.keyward.connectors.entra.GraphWire.User;
import io.keyward.model.domain.IdentityKind;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What kind each Entra principal is and why, in the words the demo tenant uses, first rule that
 * matches wins: the agent identity type, the blueprint type, a {@code keyward:kind=agent} tag, a
 * managed identity, else an application.
 */
final class IdentityRules {
  static final String AGENT_TAG = "keyward:kind=agent";

  private IdentityRules() {}

  record Kind(IdentityKind kind, String classification) {}

  static Kind user(User user) {
    return new Kind(
        IdentityKind.HUMAN,
        "Entra user, userType " + Objects.requireNonNullElse(user.userType(), "Member"));
  }

  static Kind group(Group group) {
    if (group.unified()) {
      return new Kind(IdentityKind.GROUP, "Entra Microsoft 365 group");
    }
    if (Boolean.TRUE.equals(group.securityEnabled())) {
      return new Kind(IdentityKind.GROUP, "Entra security group");
    }
    return new Kind(IdentityKind.GROUP, "Entra distribution group");
  }

  /**
   * @param application the app registration with the same appId, when this tenant has it
   */
  static Kind servicePrincipal(ServicePrincipal principal, @Nullable Application application) {
    if (principal.isAgentIdentity()) {
      return new Kind(IdentityKind.AGENT, "Entra agentIdentity @odata.type");
    }
    if (GraphWire.AGENT_BLUEPRINT_PRINCIPAL.equals(principal.type())
        || (application != null && isBlueprint(application))) {
      return blueprint();
    }
    if (principal.tags() != null && principal.tags().contains(AGENT_TAG)) {
      return new Kind(IdentityKind.AGENT, "agent: tag " + AGENT_TAG);
    }
    if ("ManagedIdentity".equals(principal.servicePrincipalType())) {
      return new Kind(IdentityKind.WORKLOAD, "Entra servicePrincipalType ManagedIdentity");
    }
    return new Kind(
        IdentityKind.APPLICATION,
        "Entra service principal, servicePrincipalType "
            + Objects.requireNonNullElse(principal.servicePrincipalType(), "Application"));
  }

  /** An app registration this tenant has no service principal for. */
  static Kind applicationOnly(Application application) {
    if (isBlueprint(application)) {
      return blueprint();
    }
    return new Kind(
        IdentityKind.APPLICATION,
        "Entra application registration without a service principal in this tenant");
  }

  private static boolean isBlueprint(Application application) {
    return GraphWire.AGENT_BLUEPRINT.equals(application.type());
  }

  private static Kind blueprint() {
    return new Kind(IdentityKind.APPLICATION, "Entra agentIdentityBlueprint application");
  }
}
