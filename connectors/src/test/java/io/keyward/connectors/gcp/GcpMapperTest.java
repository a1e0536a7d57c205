package io.keyward.connectors.gcp;

import static io.keyward.connectors.gcp.GoogleApiFake.PROJECT;
import static io.keyward.connectors.gcp.GoogleApiFake.compute;
import static io.keyward.connectors.gcp.GoogleApiFake.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.connectors.MappedItems;
import io.keyward.connectors.gcp.GcpWire.Key;
import io.keyward.connectors.gcp.GcpWire.KeyList;
import io.keyward.connectors.gcp.GcpWire.Policy;
import io.keyward.connectors.gcp.GcpWire.ServiceAccount;
import io.keyward.connectors.gcp.GcpWire.ServiceAccountPage;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.testing.Fixtures;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GcpMapperTest {
  private static final String SOURCE = "gcp:" + PROJECT;
  private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
  private static final String TRAINER = SOURCE + ":sa/" + email("trainer");
  private static final String EVAL_AGENT = SOURCE + ":sa/" + email("eval-agent");
  private static final String LABELING_AGENT = SOURCE + ":sa/" + email("labeling-agent");
  private static final String COMPUTE = SOURCE + ":sa/" + compute();

  private static <T> T read(String file, Class<T> type) {
    return WireJson.read(Fixtures.text("gcp", file), type, SOURCE, file, null);
  }

  static ProjectSnapshot snapshot() {
    List<ServiceAccount> accounts = new ArrayList<>();
    accounts.addAll(read("serviceAccounts-page1.json", ServiceAccountPage.class).accounts());
    accounts.addAll(read("serviceAccounts-page2.json", ServiceAccountPage.class).accounts());
    Map<String, List<Key>> keys = new LinkedHashMap<>();
    Map<String, Policy> policies = new LinkedHashMap<>();
    for (ServiceAccount account : accounts) {
      keys.put(account.email(), read("keys-none.json", KeyList.class).keys());
      policies.put(account.email(), read("sa-getIamPolicy-empty.json", Policy.class));
    }
    keys.put(email("eval-agent"), read("keys-eval-agent.json", KeyList.class).keys());
    keys.put(email("labeling-agent"), read("keys-labeling-agent.json", KeyList.class).keys());
    policies.put(email("trainer"), read("sa-getIamPolicy-trainer.json", Policy.class));
    return new ProjectSnapshot(
        accounts, keys, read("project-getIamPolicy.json", Policy.class), policies);
  }

  private static MappedItems mapped() {
    return new GcpMapper(SOURCE, PROJECT, NOW).project(snapshot());
  }

  private static Map<String, Identity> identities() {
    return mapped().identities().stream()
        .collect(Collectors.toMap(Identity::id, Function.identity()));
  }

  @Test
  void mapsAServiceAccountWithEveryField() {
    assertThat(identities().get(TRAINER))
        .isEqualTo(
            new Identity(
                TRAINER,
                SOURCE,
                "104729871634012345678",
                IdentityKind.SERVICE_ACCOUNT,
                "trainer",
                email("trainer"),
                IdentityStatus.ENABLED,
                null,
                null,
                "GCP service account",
                Map.of(
                    "displayName", "Fraud model trainer",
                    "description", "Runs retrain_fraud nightly")));
  }

  @Test
  void classifiesAccountsByExplainableRules() {
    Map<String, Identity> identities = identities();
    assertThat(identities.get(EVAL_AGENT).kind()).isEqualTo(IdentityKind.AGENT);
    assertThat(identities.get(EVAL_AGENT).classification()).isEqualTo("name matches *-agent");
    assertThat(identities.get(LABELING_AGENT).classification())
        .isEqualTo("description says keyward-kind=agent");
    assertThat(identities.get(LABELING_AGENT).status()).isEqualTo(IdentityStatus.DISABLED);
    assertThat(identities.get(COMPUTE).kind()).isEqualTo(IdentityKind.SERVICE_ACCOUNT);
    assertThat(identities.get(COMPUTE).classification())
        .isEqualTo("Compute Engine default service account");
  }

  @Test
  void mapsUserManagedKeysWithStatusAndLifetime() {
    Map<String, Credential> keys =
        mapped().credentials().stream()
            .collect(Collectors.toMap(Credential::id, Function.identity()));
    String neverExpires = EVAL_AGENT + "/key/3f1a9c0e5b7d2a4c6e8f0a1b3c5d7e9f1a2b4c6d";
    assertThat(keys.get(neverExpires))
        .isEqualTo(
            new Credential(
                neverExpires,
                SOURCE,
                EVAL_AGENT,
                CredentialKind.SERVICE_ACCOUNT_KEY,
                "projects/"
                    + PROJECT
                    + "/serviceAccounts/"
                    + email("eval-agent")
                    + "/keys/3f1a9c0e5b7d2a4c6e8f0a1b3c5d7e9f1a2b4c6d",
                "user-managed key",
                CredentialStatus.ACTIVE,
                Instant.parse("2026-06-26T10:15:42Z"),
                null,
                null,
                null,
                List.of()));
    Credential exposed = keys.get(LABELING_AGENT + "/key/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567");
    assertThat(exposed.status()).isEqualTo(CredentialStatus.INACTIVE);
    assertThat(exposed.displayName()).isEqualTo("user-managed key, uploaded (disabled: exposed)");
    assertThat(exposed.createdAt()).isEqualTo(Instant.parse("2026-10-24T08:00:00.123456789Z"));
    assertThat(exposed.expiresAt()).isEqualTo(Instant.parse("2027-10-24T08:00:00Z"));
    Credential expired = keys.get(LABELING_AGENT + "/key/9e8d7c6b5a4938271605f4e3d2c1b0a987654321");
    assertThat(expired.status()).isEqualTo(CredentialStatus.EXPIRED);
    assertThat(keys).hasSize(3);
  }

  @Test
  void eachBindingMemberIsAGrantWithPrivilegeAndConditionVerbatim() {
    List<Grant> grants = mapped().grants();
    Grant conditioned =
        grants.stream()
            .filter(g -> g.permission().equals("roles/bigquery.dataViewer"))
            .findFirst()
            .orElseThrow();
    assertThat(conditioned.principalId()).isEqualTo(TRAINER);
    assertThat(conditioned.resource()).isEqualTo("projects/" + PROJECT);
    assertThat(conditioned.privilege()).isEqualTo(Privilege.READ);
    assertThat(conditioned.origin()).isEqualTo(GrantOrigin.DIRECT);
    assertThat(conditioned.condition())
        .isEqualTo("until-2027: request.time < timestamp('2027-01-01T00:00:00Z')");
    assertThat(conditioned.id())
        .startsWith(
            SOURCE
                + ":grant/projects/"
                + PROJECT
                + "/roles/bigquery.dataViewer/serviceAccount:"
                + email("trainer")
                + "#");

    assertThat(grants).hasSize(16);
    assertThat(privilegeOf(grants, "roles/owner")).isEqualTo(Privilege.ADMIN);
    assertThat(privilegeOf(grants, "roles/editor")).isEqualTo(Privilege.ADMIN);
    assertThat(privilegeOf(grants, "roles/bigquery.dataEditor")).isEqualTo(Privilege.WRITE);
    assertThat(privilegeOf(grants, "roles/viewer")).isEqualTo(Privilege.READ);
    assertThat(privilegeOf(grants, "roles/iam.securityReviewer")).isEqualTo(Privilege.READ);
    assertThat(
            grants.stream()
                .filter(g -> g.resource().endsWith("/serviceAccounts/" + email("trainer")))
                .map(Grant::permission))
        .containsExactlyInAnyOrder(
            "roles/iam.serviceAccountTokenCreator",
            "roles/iam.workloadIdentityUser",
            "roles/iam.workloadIdentityUser");
  }

  private static Privilege privilegeOf(List<Grant> grants, String role) {
    return grants.stream()
        .filter(g -> g.permission().equals(role))
        .map(Grant::privilege)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void membersTheProjectDoesNotListBecomeIdentitiesOfThisSource() {
    Map<String, Identity> identities = identities();
    assertThat(identities).hasSize(15);
    Identity ana = identities.get(SOURCE + ":user/ana@example.com");
    assertThat(ana.kind()).isEqualTo(IdentityKind.HUMAN);
    assertThat(ana.externalId()).isEqualTo("user:ana@example.com");
    assertThat(ana.email()).isEqualTo("ana@example.com");
    assertThat(identities.get(SOURCE + ":group/data-eng@example.com").kind())
        .isEqualTo(IdentityKind.GROUP);
    assertThat(identities.get(SOURCE + ":domain/example.com").kind()).isEqualTo(IdentityKind.GROUP);
    assertThat(identities.get(SOURCE + ":allUsers").classification())
        .isEqualTo("allUsers: anyone on the internet, signed in or not");
    Identity deleted =
        identities.get(
            SOURCE
                + ":deleted/serviceAccount:old-bot@"
                + PROJECT
                + ".iam.gserviceaccount.com?uid=112233445566778899001");
    assertThat(deleted.status()).isEqualTo(IdentityStatus.DISABLED);
    assertThat(deleted.kind()).isEqualTo(IdentityKind.SERVICE_ACCOUNT);
    Identity foreign =
        identities.get(SOURCE + ":sa/ci-deployer@other-proj-2024.iam.gserviceaccount.com");
    assertThat(foreign.classification())
        .isEqualTo("GCP service account; not in project " + PROJECT + "'s service-account list");
    assertThat(
            identities
                .get(SOURCE + ":sa/123456789012@cloudbuild.gserviceaccount.com")
                .classification())
        .startsWith("Google-managed service agent");
    Identity workforce =
        identities.get(
            SOURCE
                + ":principalSet/iam.googleapis.com/locations/global/workforcePools/corp-pool/group/secops");
    assertThat(workforce.kind()).isEqualTo(IdentityKind.GROUP);
    assertThat(workforce.name()).isEqualTo("corp-pool/group/secops");
    Identity ksa = identities.get(SOURCE + ":workload/training/trainer-ksa");
    assertThat(ksa.kind()).isEqualTo(IdentityKind.WORKLOAD);
    assertThat(ksa.classification()).isEqualTo("GKE workload identity principal");
    assertThat(identities.get(SOURCE + ":workload/serving/predictor").kind())
        .isEqualTo(IdentityKind.WORKLOAD);
  }

  @Test
  void impersonationRolesAreDelegationEdges() {
    List<Delegation> delegations = mapped().delegations();
    assertThat(delegations).allMatch(d -> d.kind() == DelegationKind.IMPERSONATION);
    assertThat(delegations)
        .extracting(d -> d.fromId() + " -> " + d.toId() + " " + d.scope())
        .containsExactlyInAnyOrder(
            EVAL_AGENT + " -> " + TRAINER + " [roles/iam.serviceAccountTokenCreator]",
            SOURCE
                + ":workload/training/trainer-ksa -> "
                + TRAINER
                + " [roles/iam.workloadIdentityUser]",
            SOURCE
                + ":workload/serving/predictor -> "
                + TRAINER
                + " [roles/iam.workloadIdentityUser]",
            // project-level serviceAccountUser reaches every account of the project
            SOURCE
                + ":group/ml-platform@example.com -> "
                + TRAINER
                + " [roles/iam.serviceAccountUser]",
            SOURCE
                + ":group/ml-platform@example.com -> "
                + EVAL_AGENT
                + " [roles/iam.serviceAccountUser]",
            SOURCE
                + ":group/ml-platform@example.com -> "
                + LABELING_AGENT
                + " [roles/iam.serviceAccountUser]",
            SOURCE
                + ":group/ml-platform@example.com -> "
                + COMPUTE
                + " [roles/iam.serviceAccountUser]");
  }

  @Test
  void aConditionTravelsWithTheImpersonationEdge() {
    Policy policy =
        WireJson.read(
            "{\"bindings\":[{\"role\":\"roles/iam.serviceAccountTokenCreator\",\"members\":"
                + "[\"user:ana@example.com\"],\"condition\":{\"title\":\"office-hours\","
                + "\"expression\":\"request.time.getHours('UTC') < 18\"}}]}",
            Policy.class,
            SOURCE,
            "test",
            null);
    ProjectSnapshot base = snapshot();
    ProjectSnapshot withCondition =
        new ProjectSnapshot(
            base.accounts(), base.keys(), Policy.EMPTY, Map.of(email("trainer"), policy));

    Delegation edge =
        new GcpMapper(SOURCE, PROJECT, NOW).project(withCondition).delegations().get(0);

    assertThat(edge.fromId()).isEqualTo(SOURCE + ":user/ana@example.com");
    assertThat(edge.toId()).isEqualTo(TRAINER);
    assertThat(edge.condition()).isEqualTo("office-hours: request.time.getHours('UTC') < 18");
  }

  @Test
  void aPolicyReadAtVersionOneIsRefusedRatherThanMappedWithoutItsCondition() {
    Policy altered =
        WireJson.read(
            "{\"version\":1,\"bindings\":[{\"role\":\"roles/viewer_withcond_2f6a1e0c\","
                + "\"members\":[\"user:ana@example.com\"]}]}",
            Policy.class,
            SOURCE,
            "test",
            null);

    assertThatThrownBy(() -> new GcpMapper(SOURCE, PROJECT, NOW).projectPolicy(altered, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requestedPolicyVersion 3");
  }

  @Test
  void rolePrivilegeRules() {
    assertThat(RolePrivilege.of("roles/owner")).isEqualTo(Privilege.ADMIN);
    assertThat(RolePrivilege.of("roles/storage.objectAdmin")).isEqualTo(Privilege.ADMIN);
    assertThat(RolePrivilege.of("roles/browser")).isEqualTo(Privilege.READ);
    assertThat(RolePrivilege.of("roles/bigquery.metadataViewer")).isEqualTo(Privilege.READ);
    assertThat(RolePrivilege.of("roles/secretmanager.secretAccessor")).isEqualTo(Privilege.WRITE);
    assertThat(RolePrivilege.of("projects/p/roles/customReader")).isEqualTo(Privilege.READ);
    assertThat(RolePrivilege.of("organizations/1/roles/deployer")).isEqualTo(Privilege.WRITE);
  }

  @Test
  void memberFormsParse() {
    assertThat(PolicyMember.parse("allAuthenticatedUsers").kind()).isEqualTo(IdentityKind.GROUP);
    assertThat(PolicyMember.parse("deleted:user:bo@example.com?uid=42"))
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(IdentityKind.HUMAN);
              assertThat(m.status()).isEqualTo(IdentityStatus.DISABLED);
              assertThat(m.serviceAccount()).isNull();
              assertThat(m.localId()).isEqualTo("deleted/user:bo@example.com?uid=42");
            });
    PolicyMember github =
        PolicyMember.parse(
            "principalSet://iam.googleapis.com/projects/123/locations/global/"
                + "workloadIdentityPools/github/attribute.repository/acme/ml");
    assertThat(github.kind()).isEqualTo(IdentityKind.WORKLOAD);
    assertThat(github.name()).isEqualTo("github/attribute.repository/acme/ml");
    assertThat(
            PolicyMember.parse(
                    "principal://iam.googleapis.com/locations/global/workforcePools/corp/subject/ana")
                .kind())
        .isEqualTo(IdentityKind.HUMAN);
    assertThat(PolicyMember.parse("projectOwner:ml-prod-4711").reason())
        .isEqualTo("member type not recognised: kept as a set of principals");
  }
}
