package io.keyward.model.demo;

import static io.keyward.model.domain.Privilege.ADMIN;
import static io.keyward.model.domain.Privilege.READ;
import static io.keyward.model.domain.Privilege.WRITE;

import io.keyward.model.demo.BulkProfile.EventActions;
import io.keyward.model.demo.BulkProfile.Permission;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.GrantIds;
import io.keyward.model.domain.IdentityKind;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The bulk profile of each identity source, reusing the id schemes of its story. */
final class BulkProfiles {
  private BulkProfiles() {}

  /** In load order; shares add up to 100. */
  static List<BulkProfile> all() {
    return List.of(entra(), aws(), gcp(), keycloak());
  }

  static BulkProfile entra() {
    String graph = EntraTenantStory.GRAPH;
    return new BulkProfile(
        DemoSources.ENTRA,
        30,
        IdentityKind.APPLICATION,
        DelegationKind.ON_BEHALF_OF,
        (kind, name) ->
            switch (kind) {
              case HUMAN -> EntraTenantStory.user(name);
              case AGENT -> EntraTenantStory.agent(name);
              case GROUP -> EntraTenantStory.group(name);
              default -> EntraTenantStory.app(name);
            },
        (kind, name, ids) -> ids.guid(),
        kind ->
            switch (kind) {
              case HUMAN -> "Entra user, userType Member";
              case AGENT -> "Entra agentIdentity @odata.type";
              case GROUP -> "Entra security group";
              case WORKLOAD -> "Entra managed identity";
              default -> "Entra service principal (Application)";
            },
        // Applications, service principals and managed identities are service principals in
        // Graph, told by their type (agents by their agent/ id).
        Map.of(
            IdentityKind.APPLICATION,
            Map.of(EntraTenantStory.SERVICE_PRINCIPAL_TYPE, "Application"),
            IdentityKind.SERVICE_ACCOUNT,
            Map.of(EntraTenantStory.SERVICE_PRINCIPAL_TYPE, "Application"),
            IdentityKind.WORKLOAD,
            Map.of(EntraTenantStory.SERVICE_PRINCIPAL_TYPE, "ManagedIdentity")),
        CredentialKind.CLIENT_SECRET,
        ExternalIds::guid,
        EntraTenantStory::secret,
        ExternalIds::guid,
        (principal, index, permission, via, condition, repeat, ids) ->
            via == null
                ? EntraTenantStory.assignmentId(permission.resource(), ids.graphItemId())
                : null,
        List.of(
            new Permission("User.Read", graph, READ, false),
            new Permission("Files.Read.All", graph, READ, true),
            new Permission("Sites.Read.All", graph, READ, true),
            new Permission("Mail.Read", graph, READ, true),
            new Permission("Calendars.ReadWrite", graph, WRITE, false),
            new Permission("Sites.ReadWrite.All", graph, WRITE, true)),
        new Permission("Directory.ReadWrite.All", graph, ADMIN, true),
        "Conditional Access: compliant device",
        new EventActions("Sign-in", "Service principal sign-in", "Sign-in blocked"));
  }

  static BulkProfile aws() {
    String lake = AwsAccountStory.LAKE;
    return new BulkProfile(
        DemoSources.AWS,
        35,
        IdentityKind.ROLE,
        DelegationKind.ASSUME_ROLE,
        BulkProfiles::awsId,
        (kind, name, ids) -> AwsAccountStory.arn(awsId(kind, name)),
        kind ->
            switch (kind) {
              case HUMAN -> "IAM user with console password";
              case AGENT -> "name matches *-agent-*";
              case ROLE -> "IAM role";
              case WORKLOAD -> "IAM role trusted by ecs-tasks.amazonaws.com";
              case GROUP -> "IAM group";
              default -> "IAM user with access keys and no console password";
            },
        Map.of(),
        CredentialKind.ACCESS_KEY,
        ids -> ids.awsKeyId("AKIA"),
        BulkProfile::numberedKey,
        ids -> ids.awsKeyId("ASIA"),
        BulkProfiles::awsGrantId,
        List.of(
            new Permission("s3:GetObject", lake + "/*", READ, true),
            new Permission("s3:ListBucket", lake, READ, false),
            new Permission("s3:PutObject", AwsAccountStory.ARTIFACTS + "/*", WRITE, false),
            new Permission(
                "dynamodb:Query", "arn:aws:dynamodb:us-east-1:111122223333:table/*", READ, false),
            new Permission(
                "sqs:SendMessage", "arn:aws:sqs:us-east-1:111122223333:jobs", WRITE, false),
            new Permission(
                "secretsmanager:GetSecretValue", AwsAccountStory.PROD_DB_SECRET, READ, true)),
        new Permission("AdministratorAccess", "*", ADMIN, true),
        "StringEquals aws:SourceVpce vpce-0a1b2c3d4e5f60718",
        null);
  }

  /**
   * One statement per grant of an inline policy, the admin permission from the AWS-managed policy;
   * an inherited grant names the group or role it comes through, as AccountMapper does.
   */
  private static String awsGrantId(
      String principal,
      int index,
      Permission permission,
      @Nullable String via,
      @Nullable String condition,
      boolean repeat,
      ExternalIds ids) {
    String policyKey =
        permission.privilege() == ADMIN ? "policy/" + permission.permission() : "inline/access";
    String viaKey = via == null ? "" : via.substring(via.lastIndexOf(':') + 1) + "/";
    return GrantIds.aws(
        principal, viaKey, policyKey, index, permission.permission(), permission.resource());
  }

  private static String awsId(IdentityKind kind, String name) {
    return switch (kind) {
      case ROLE, WORKLOAD -> AwsAccountStory.role(name);
      case GROUP -> AwsAccountStory.group(name);
      default -> AwsAccountStory.user(name);
    };
  }

  static BulkProfile gcp() {
    String project = "projects/" + GcpProjectStory.PROJECT;
    return new BulkProfile(
        DemoSources.GCP,
        20,
        IdentityKind.SERVICE_ACCOUNT,
        DelegationKind.IMPERSONATION,
        (kind, name) ->
            switch (kind) {
              case HUMAN -> GcpProjectStory.user(name);
              case GROUP -> GcpProjectStory.group(name);
              default -> GcpProjectStory.serviceAccount(name);
            },
        (kind, name, ids) ->
            kind == IdentityKind.HUMAN || kind == IdentityKind.GROUP
                ? name + "@demo-corp.example"
                : ids.gcpUniqueId(),
        kind ->
            switch (kind) {
              case HUMAN -> "Google account (user:)";
              case AGENT -> "name matches *-agent-*";
              case GROUP -> "Google group (group:)";
              default -> "GCP service account";
            },
        Map.of(),
        CredentialKind.SERVICE_ACCOUNT_KEY,
        ids -> project + "/serviceAccounts/-/keys/" + ids.hex(40),
        BulkProfile::numberedKey,
        ExternalIds::guid,
        // A member holds a role once per condition; members through a group are the group's.
        (principal, index, permission, via, condition, repeat, ids) ->
            via != null || repeat
                ? null
                : GrantIds.gcp(
                    DemoSources.GCP.id(),
                    permission.resource(),
                    permission.permission(),
                    GcpProjectStory.member(principal),
                    condition),
        List.of(
            new Permission("roles/bigquery.dataViewer", GcpProjectStory.CUSTOMERS, READ, true),
            new Permission(
                "roles/storage.objectViewer", GcpProjectStory.TRAINING_BUCKET, READ, false),
            new Permission(
                "roles/storage.objectCreator", GcpProjectStory.TRAINING_BUCKET, WRITE, false),
            new Permission("roles/aiplatform.user", project, WRITE, false),
            new Permission("roles/bigquery.dataEditor", GcpProjectStory.CUSTOMERS, WRITE, true),
            new Permission("roles/logging.viewer", project, READ, false)),
        new Permission("roles/owner", project, ADMIN, true),
        "request.time < timestamp('2027-01-01T00:00:00Z')",
        null);
  }

  static BulkProfile keycloak() {
    String registry = KeycloakRealmStory.REGISTRY_API;
    return new BulkProfile(
        DemoSources.KEYCLOAK,
        15,
        IdentityKind.APPLICATION,
        DelegationKind.OAUTH_CONSENT,
        (kind, name) ->
            switch (kind) {
              case HUMAN -> KeycloakRealmStory.user(name);
              case GROUP -> KeycloakRealmStory.group(name);
              default -> KeycloakRealmStory.client(name);
            },
        (kind, name, ids) -> ids.guid(),
        kind ->
            switch (kind) {
              case HUMAN -> "Keycloak user without serviceAccountClientId";
              case AGENT -> "name matches *-agent-*";
              case GROUP -> "Keycloak group";
              default -> "confidential client with service account";
            },
        Map.of(),
        CredentialKind.CLIENT_SECRET,
        ExternalIds::guid,
        BulkProfile::numberedKey,
        ExternalIds::guid,
        (principal, index, permission, via, condition, repeat, ids) -> null,
        List.of(
            new Permission("tickets:read", "realm:agents", READ, false),
            new Permission("tickets:write", "realm:agents", WRITE, false),
            new Permission("model-registry:read", registry, READ, true),
            new Permission("model-registry:publish", registry, WRITE, true),
            new Permission("invoices:read", "realm:agents", READ, true),
            new Permission("profile", "realm:agents", READ, false)),
        new Permission("realm-management:realm-admin", "realm:agents", ADMIN, true),
        "client policy: ip in 10.20.0.0/16",
        new EventActions("LOGIN", "CLIENT_LOGIN", "LOGIN_ERROR"));
  }
}
