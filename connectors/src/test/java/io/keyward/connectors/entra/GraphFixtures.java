package io.keyward.connectors.entra;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.entra.GraphWire.AppRoleAssignment;
import io.keyward.connectors.entra.GraphWire.Application;
import io.keyward.connectors.entra.GraphWire.DirectoryObject;
import io.keyward.connectors.entra.GraphWire.Group;
import io.keyward.connectors.entra.GraphWire.PermissionGrant;
import io.keyward.connectors.entra.GraphWire.RoleAssignment;
import io.keyward.connectors.entra.GraphWire.RoleDefinition;
import io.keyward.connectors.entra.GraphWire.ServicePrincipal;
import io.keyward.connectors.entra.GraphWire.User;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The recorded Demo Corp tenant under {@code fixtures/entra/}, as wire records. */
final class GraphFixtures {
  static final String ALICE = "a11ce000-0000-4000-8000-000000000001";
  static final String BOB = "b0b00000-0000-4000-8000-000000000002";
  static final String CAROL = "ca201000-0000-4000-8000-000000000003";
  static final String DAN = "da400000-0000-4000-8000-000000000004";
  static final String ERIN = "e2140000-0000-4000-8000-000000000005";
  static final String FRANK = "f2a4c000-0000-4000-8000-000000000006";
  static final String ML_ENGINEERS = "9a0a0000-0000-4000-8000-000000000101";
  static final String RESEARCH_ALL = "9a0a0000-0000-4000-8000-000000000102";
  static final String GRAPH_SP = "5e000000-0000-4000-8000-000000000201";
  static final String GRAPH_APP = "00000003-0000-0000-c000-000000000000";
  static final String CI_BOT_SP = "5e000000-0000-4000-8000-000000000202";
  static final String CI_BOT_APP = "c1b00000-0000-4000-8000-0000000000a2";
  static final String RESEARCH_BLUEPRINT_APP = "b1000000-0000-4000-8000-0000000000a3";
  static final String TRIAGE_BLUEPRINT_APP = "b2000000-0000-4000-8000-0000000000a4";
  static final String ML_PIPELINE_APP = "3a000000-0000-4000-8000-0000000000a5";
  static final String NOTES_SP = "5e000000-0000-4000-8000-000000000206";
  static final String NOTES_APP = "4b000000-0000-4000-8000-0000000000a6";
  static final String LEGACY_APP = "7e000000-0000-4000-8000-0000000000a7";
  static final String RESEARCH_AGENT = "5e000000-0000-4000-8000-000000000301";
  static final String TRIAGE_AGENT = "5e000000-0000-4000-8000-000000000302";
  static final String SUMMARIZER = "5e000000-0000-4000-8000-000000000303";

  private GraphFixtures() {}

  static String text(String file) {
    return Fixtures.text("entra", file);
  }

  /** The {@code value} array of a recorded page. */
  static <T> List<T> values(String file, Class<T> type) {
    GraphWire.Page page = WireJson.read(text(file), GraphWire.Page.class, "test", file, null);
    List<T> values = new ArrayList<>();
    for (JsonNode node : page.value()) {
      values.add(WireJson.MAPPER.convertValue(node, type));
    }
    return values;
  }

  /** The whole tenant, as {@link TenantReader} would have read it. */
  static TenantSnapshot snapshot() {
    List<User> users = new ArrayList<>(values("users.json", User.class));
    users.addAll(values("users-page2.json", User.class));
    List<AppRoleAssignment> assignments =
        new ArrayList<>(values("appRoleAssignedTo-graph.json", AppRoleAssignment.class));
    assignments.addAll(values("appRoleAssignedTo-ci-bot.json", AppRoleAssignment.class));
    return new TenantSnapshot(
        users,
        values("groups.json", Group.class),
        Map.of(
            ML_ENGINEERS, values("members-ml-engineers.json", DirectoryObject.class),
            RESEARCH_ALL, values("members-research-all.json", DirectoryObject.class)),
        values("servicePrincipals.json", ServicePrincipal.class),
        values("agentIdentities.json", ServicePrincipal.class),
        Map.of(
            RESEARCH_AGENT, values("sponsors-research-agent.json", DirectoryObject.class),
            TRIAGE_AGENT, values("sponsors-triage-agent.json", DirectoryObject.class),
            SUMMARIZER, List.of()),
        Map.of(SUMMARIZER, values("owners-research-summarizer.json", DirectoryObject.class)),
        values("applications.json", Application.class),
        values("oauth2PermissionGrants.json", PermissionGrant.class),
        assignments,
        values("roleDefinitions.json", RoleDefinition.class),
        values("roleAssignments.json", RoleAssignment.class));
  }
}
