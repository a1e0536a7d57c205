package io.keyward.connectors.entra;

import static io.keyward.connectors.entra.GraphFixtures.ALICE;
import static io.keyward.connectors.entra.GraphFixtures.BOB;
import static io.keyward.connectors.entra.GraphFixtures.CAROL;
import static io.keyward.connectors.entra.GraphFixtures.CI_BOT_APP;
import static io.keyward.connectors.entra.GraphFixtures.DAN;
import static io.keyward.connectors.entra.GraphFixtures.ERIN;
import static io.keyward.connectors.entra.GraphFixtures.FRANK;
import static io.keyward.connectors.entra.GraphFixtures.GRAPH_APP;
import static io.keyward.connectors.entra.GraphFixtures.LEGACY_APP;
import static io.keyward.connectors.entra.GraphFixtures.ML_ENGINEERS;
import static io.keyward.connectors.entra.GraphFixtures.ML_PIPELINE_APP;
import static io.keyward.connectors.entra.GraphFixtures.NOTES_APP;
import static io.keyward.connectors.entra.GraphFixtures.RESEARCH_AGENT;
import static io.keyward.connectors.entra.GraphFixtures.RESEARCH_ALL;
import static io.keyward.connectors.entra.GraphFixtures.RESEARCH_BLUEPRINT_APP;
import static io.keyward.connectors.entra.GraphFixtures.SUMMARIZER;
import static io.keyward.connectors.entra.GraphFixtures.TRIAGE_AGENT;
import static io.keyward.connectors.entra.GraphFixtures.TRIAGE_BLUEPRINT_APP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.keyward.connectors.MappedItems;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntraMapperTest {
  private static final String SOURCE = "entra:demo-corp";
  private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
  private static final EntraIds IDS = new EntraIds(SOURCE);

  private final EntraMapping mapping = new EntraMapper(SOURCE, NOW).map(GraphFixtures.snapshot());
  private final MappedItems items = mapping.items();

  private Identity identity(String id) {
    return items.identities().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  private Credential credential(String id) {
    return items.credentials().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private List<Grant> grantsOf(String principalId) {
    return items.grants().stream().filter(g -> g.principalId().equals(principalId)).toList();
  }

  @Test
  void aUserIsAHumanWithItsMailAndUpn() {
    assertThat(identity(IDS.user(ALICE)))
        .isEqualTo(
            new Identity(
                SOURCE + ":user/" + ALICE,
                SOURCE,
                ALICE,
                IdentityKind.HUMAN,
                "Alice Nguyen",
                "alice.nguyen@demo-corp.example",
                IdentityStatus.ENABLED,
                Instant.parse("2023-05-02T08:14:31Z"),
                null,
                "Entra user, userType Member",
                Map.of(
                    "userPrincipalName", "alice.nguyen@demo-corp.example", "userType", "Member")));
    assertThat(identity(IDS.user(BOB)).email()).isEqualTo("bob.martens@demo-corp.example");
    assertThat(identity(IDS.user(DAN)).status()).isEqualTo(IdentityStatus.DISABLED);
    assertThat(identity(IDS.user(ERIN)).createdAt())
        .isEqualTo(Instant.parse("2025-02-14T16:45:12.3456789Z"));
    assertThat(identity(IDS.user("9e570000-0000-4000-8000-000000000007")).classification())
        .isEqualTo("Entra user, userType Guest");
  }

  @Test
  void everyPrincipalGetsAKindByAnExplainableRule() {
    assertThat(items.identities())
        .extracting(Identity::name, Identity::kind, Identity::classification)
        .contains(
            tuple("ml-engineers", IdentityKind.GROUP, "Entra security group"),
            tuple("research-all", IdentityKind.GROUP, "Entra Microsoft 365 group"),
            tuple("research-agent", IdentityKind.AGENT, "Entra agentIdentity @odata.type"),
            tuple("triage-agent", IdentityKind.AGENT, "Entra agentIdentity @odata.type"),
            tuple("research-summarizer", IdentityKind.AGENT, "Entra agentIdentity @odata.type"),
            tuple("meeting-notes-agent", IdentityKind.AGENT, "agent: tag keyward:kind=agent"),
            tuple(
                "research-agent-blueprint",
                IdentityKind.APPLICATION,
                "Entra agentIdentityBlueprint application"),
            tuple(
                "ml-pipeline", IdentityKind.WORKLOAD, "Entra servicePrincipalType ManagedIdentity"),
            tuple(
                "ci-bot",
                IdentityKind.APPLICATION,
                "Entra service principal, servicePrincipalType Application"),
            tuple(
                "legacy-export",
                IdentityKind.APPLICATION,
                "Entra application registration without a service principal in this tenant"));
    assertThat(items.identities()).hasSize(19);
    assertThat(items.identities().stream().map(Identity::id).distinct()).hasSize(19);
  }

  @Test
  void anAgentIdentityCarriesItsBlueprintAndItsSponsorAsOwner() {
    Identity agent = identity(IDS.agent(RESEARCH_AGENT));

    assertThat(agent.externalId()).isEqualTo(RESEARCH_AGENT);
    assertThat(agent.ownerId()).isEqualTo(IDS.user(ALICE));
    assertThat(agent.createdAt()).isEqualTo(Instant.parse("2026-03-02T10:11:12Z"));
    assertThat(agent.tags())
        .containsEntry("blueprint", "research-agent-blueprint")
        .containsEntry("blueprintAppId", RESEARCH_BLUEPRINT_APP);
    // A user sponsor is the accountable human even when a group is listed first.
    assertThat(identity(IDS.agent(TRIAGE_AGENT)).ownerId()).isEqualTo(IDS.user(CAROL));
    // No sponsor: the first user among the owners.
    Identity summarizer = identity(IDS.agent(SUMMARIZER));
    assertThat(summarizer.ownerId()).isEqualTo(IDS.user(ALICE));
    assertThat(summarizer.status()).isEqualTo(IdentityStatus.DISABLED);
  }

  @Test
  void anAppRegistrationAndItsServicePrincipalAreOneIdentityOwnedByTheAppOwner() {
    Identity ciBot = identity(IDS.app(CI_BOT_APP));

    assertThat(ciBot.externalId()).isEqualTo(GraphFixtures.CI_BOT_SP);
    assertThat(ciBot.ownerId()).isEqualTo(IDS.user(FRANK));
    assertThat(ciBot.createdAt()).isEqualTo(Instant.parse("2024-02-01T09:00:00Z"));
    assertThat(ciBot.tags())
        .containsEntry("appId", CI_BOT_APP)
        .containsEntry("entraTags", "WindowsAzureActiveDirectoryIntegratedApp");
    assertThat(identity(IDS.app(GRAPH_APP)).tags()).containsEntry("publisher", "Microsoft");
    assertThat(identity(IDS.app(TRIAGE_BLUEPRINT_APP)).ownerId()).isEqualTo(IDS.user(CAROL));
    assertThat(identity(IDS.app(LEGACY_APP)).ownerId()).isNull();
  }

  @Test
  void credentialsAreMetadataOnTheIdentityOfTheirApp() {
    assertThat(credential(IDS.app(CI_BOT_APP) + "/secret/4d000000-0000-4000-8000-0000000000c1"))
        .isEqualTo(
            new Credential(
                IDS.app(CI_BOT_APP) + "/secret/4d000000-0000-4000-8000-0000000000c1",
                SOURCE,
                IDS.app(CI_BOT_APP),
                CredentialKind.CLIENT_SECRET,
                "4d000000-0000-4000-8000-0000000000c1",
                "github-actions",
                CredentialStatus.ACTIVE,
                Instant.parse("2024-02-01T09:00:00Z"),
                Instant.parse("2099-02-01T09:00:00Z"),
                null,
                null,
                List.of()));
    Credential cert =
        credential(IDS.app(CI_BOT_APP) + "/cert/4d000000-0000-4000-8000-0000000000c2");
    assertThat(cert.kind()).isEqualTo(CredentialKind.CERTIFICATE);
    assertThat(cert.fingerprint()).isEqualTo("52A1F2C0B3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8");
    assertThat(cert.displayName()).isEqualTo("CN=ci-bot");
    // Blueprint credentials sit on the blueprint; its agents hold none.
    assertThat(
            credential(
                    IDS.app(RESEARCH_BLUEPRINT_APP)
                        + "/secret/4d000000-0000-4000-8000-0000000000c3")
                .displayName())
        .isEqualTo("research-prod");
    // A service principal's own credentials, and a secret known only by its hint.
    assertThat(
            credential(IDS.app(ML_PIPELINE_APP) + "/cert/4d000000-0000-4000-8000-0000000000c5")
                .identityId())
        .isEqualTo(IDS.app(ML_PIPELINE_APP));
    assertThat(
            credential(IDS.app(NOTES_APP) + "/secret/4d000000-0000-4000-8000-0000000000c6")
                .displayName())
        .isEqualTo("secret nT8***");
    Credential legacy =
        credential(IDS.app(LEGACY_APP) + "/secret/4d000000-0000-4000-8000-0000000000c7");
    assertThat(legacy.status()).isEqualTo(CredentialStatus.EXPIRED);
    assertThat(items.credentials()).hasSize(7);
    assertThat(items.credentials()).allMatch(c -> !c.identityId().contains(":agent/"));
  }

  @Test
  void appRolesAreNamedByTheResourceAndDefaultAccessHasAName() {
    assertThat(grantsOf(IDS.agent(TRIAGE_AGENT)))
        .singleElement()
        .isEqualTo(
            new Grant(
                SOURCE + ":grant/approle/AQK0XgAAAECAAAAAAAADAQEAAF4AAABAgAAAAAADAQ",
                SOURCE,
                IDS.agent(TRIAGE_AGENT),
                "SecurityEvents.Read.All",
                IDS.api(GRAPH_APP),
                Privilege.READ,
                GrantOrigin.DIRECT,
                null,
                null,
                null));
    assertThat(grantsOf(IDS.agent(SUMMARIZER)))
        .extracting(Grant::permission, Grant::privilege)
        .containsExactly(tuple("Sites.ReadWrite.All", Privilege.WRITE));
    assertThat(grantsOf(IDS.app(CI_BOT_APP)))
        .extracting(Grant::permission, Grant::resource, Grant::privilege, Grant::condition)
        .containsExactlyInAnyOrder(
            tuple("Directory.ReadWrite.All", IDS.api(GRAPH_APP), Privilege.ADMIN, null),
            tuple("Directory Readers", "/", Privilege.READ, null),
            tuple(
                "User.Read",
                IDS.api(GRAPH_APP),
                Privilege.READ,
                "delegated, consentType AllPrincipals"));
    assertThat(grantsOf(IDS.user(BOB)))
        .extracting(Grant::permission, Grant::resource, Grant::privilege)
        .contains(tuple("Default access", IDS.api(CI_BOT_APP), Privilege.READ));
  }

  @Test
  void aGroupsGrantReachesItsMembersThroughNestedGroups() {
    assertThat(items.grants())
        .filteredOn(g -> g.permission().equals("Sites.Read.All"))
        .extracting(Grant::principalId, Grant::origin, Grant::viaId)
        .containsExactlyInAnyOrder(
            tuple(IDS.group(ML_ENGINEERS), GrantOrigin.DIRECT, null),
            tuple(IDS.user(ALICE), GrantOrigin.VIA_GROUP, IDS.group(ML_ENGINEERS)),
            tuple(IDS.user(BOB), GrantOrigin.VIA_GROUP, IDS.group(ML_ENGINEERS)),
            tuple(IDS.user(ERIN), GrantOrigin.VIA_GROUP, IDS.group(ML_ENGINEERS)));
  }

  @Test
  void directoryRolesArePrivilegedByEntrasFlagOrTheirName() {
    assertThat(grantsOf(IDS.user(FRANK)))
        .extracting(Grant::permission, Grant::resource, Grant::privilege)
        .containsExactly(tuple("Global Administrator", "/", Privilege.ADMIN));
    assertThat(grantsOf(IDS.user(BOB)))
        .extracting(Grant::permission, Grant::resource, Grant::privilege)
        .contains(
            tuple(
                "Application Administrator",
                "/0b000000-0000-4000-8000-0000000004a2",
                Privilege.ADMIN));
  }

  @Test
  void aUsersConsentIsAnEdgeToTheClientAndGrantsOnTheApi() {
    Delegation erin =
        items.delegations().stream()
            .filter(d -> d.kind() == DelegationKind.OAUTH_CONSENT)
            .filter(d -> d.fromId().equals(IDS.user(ERIN)))
            .findFirst()
            .orElseThrow();

    assertThat(erin)
        .isEqualTo(
            new Delegation(
                SOURCE + ":consent/Bgi0XgAAAEAAAAAAAAACBgEAAF4AAABAgAAAAAACAQ",
                SOURCE,
                IDS.user(ERIN),
                IDS.app(NOTES_APP),
                DelegationKind.OAUTH_CONSENT,
                List.of("Mail.Read", "Calendars.Read", "Mail.Send"),
                "consentType Principal",
                null));
    assertThat(grantsOf(IDS.app(NOTES_APP)))
        .extracting(Grant::permission, Grant::privilege, Grant::condition)
        .containsExactlyInAnyOrder(
            tuple("Mail.Read", Privilege.READ, "delegated, consentType Principal"),
            tuple("Calendars.Read", Privilege.READ, "delegated, consentType Principal"),
            tuple("Mail.Send", Privilege.WRITE, "delegated, consentType Principal"));
    assertThat(items.delegations())
        .filteredOn(d -> d.toId().equals(IDS.app(CI_BOT_APP)))
        .extracting(Delegation::fromId, Delegation::scope, Delegation::condition)
        .containsExactly(tuple(IDS.allUsers(), List.of("User.Read"), "consentType AllPrincipals"));
  }

  @Test
  void sponsorsActOnBehalfOfTheirAgentsWithinWhatTheAgentHolds() {
    assertThat(items.delegations())
        .filteredOn(d -> d.kind() == DelegationKind.ON_BEHALF_OF)
        .extracting(Delegation::fromId, Delegation::toId, Delegation::scope, Delegation::condition)
        .containsExactlyInAnyOrder(
            tuple(IDS.user(ALICE), IDS.agent(RESEARCH_AGENT), List.of("Files.Read.All"), "sponsor"),
            tuple(
                IDS.group(RESEARCH_ALL),
                IDS.agent(TRIAGE_AGENT),
                List.of("SecurityEvents.Read.All"),
                "sponsor"),
            tuple(
                IDS.user(CAROL),
                IDS.agent(TRIAGE_AGENT),
                List.of("SecurityEvents.Read.All"),
                "sponsor"));
  }

  @Test
  void groupMembershipIsAnEdgeFromEachLoadedMember() {
    assertThat(items.delegations())
        .filteredOn(d -> d.kind() == DelegationKind.GROUP_MEMBERSHIP)
        .extracting(Delegation::fromId, Delegation::toId)
        .containsExactlyInAnyOrder(
            tuple(IDS.user(ALICE), IDS.group(ML_ENGINEERS)),
            tuple(IDS.user(BOB), IDS.group(ML_ENGINEERS)),
            tuple(IDS.group(RESEARCH_ALL), IDS.group(ML_ENGINEERS)),
            tuple(IDS.user(ERIN), IDS.group(RESEARCH_ALL)));
  }

  @Test
  void grantedApisAreResourcesAndUnknownPrincipalsAreLeftOut() {
    assertThat(items.resources())
        .containsExactlyInAnyOrder(
            new Resource(
                IDS.api(GRAPH_APP),
                SOURCE,
                GRAPH_APP,
                ResourceKind.API,
                "Microsoft Graph",
                null,
                true),
            new Resource(
                IDS.api(CI_BOT_APP), SOURCE, CI_BOT_APP, ResourceKind.API, "ci-bot", null, false));
    // A grant to a deleted service principal and a consent for a client that is gone.
    assertThat(mapping.leftOut()).isEqualTo(2);
    assertThat(items.grants()).hasSize(16);
    assertThat(items.delegations()).hasSize(9);
    assertThat(items.grants()).extracting(Grant::id).doesNotHaveDuplicates();
  }

  @Test
  void privilegesFollowThePermissionsName() {
    assertThat(GraphPrivileges.permission("RoleManagement.ReadWrite.Directory"))
        .isEqualTo(Privilege.ADMIN);
    assertThat(GraphPrivileges.permission("user_impersonation")).isEqualTo(Privilege.WRITE);
    assertThat(GraphPrivileges.permission("Sites.FullControl.All")).isEqualTo(Privilege.WRITE);
    assertThat(GraphPrivileges.permission("offline_access")).isEqualTo(Privilege.READ);
    assertThat(GraphPrivileges.directoryRole(null)).isEqualTo(Privilege.WRITE);
    assertThat(
            GraphPrivileges.directoryRole(
                new GraphWire.RoleDefinition("x", "Teams Administrator", false)))
        .isEqualTo(Privilege.WRITE);
  }
}
