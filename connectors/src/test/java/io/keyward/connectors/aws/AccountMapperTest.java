package io.keyward.connectors.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.connectors.MappedItems;
import io.keyward.connectors.testing.Fixtures;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.Privilege;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountMapperTest {
  private static final String SOURCE = "aws:123456789012";
  private static MappedItems mapped;

  @BeforeAll
  static void map() throws IOException {
    AuthorizationDetails details =
        AuthorizationJson.read(Fixtures.path("aws", "get-account-authorization-details.json"));
    mapped = new AccountMapper(SOURCE, "123456789012").map(details, null, null);
  }

  @Test
  void countsEveryPrincipalGrantAndEdge() {
    assertThat(mapped.identities()).hasSize(18);
    assertThat(mapped.identities()).filteredOn(i -> i.id().contains(":user/")).hasSize(6);
    assertThat(mapped.identities()).filteredOn(i -> i.id().contains(":group/")).hasSize(3);
    assertThat(mapped.identities()).filteredOn(i -> i.id().contains(":role/")).hasSize(9);
    assertThat(mapped.grants()).hasSize(63);
    assertThat(mapped.grants()).filteredOn(g -> g.origin() == GrantOrigin.VIA_GROUP).hasSize(18);
    assertThat(mapped.delegations())
        .filteredOn(d -> d.kind() == DelegationKind.GROUP_MEMBERSHIP)
        .hasSize(4);
    assertThat(mapped.delegations())
        .filteredOn(d -> d.kind() == DelegationKind.ASSUME_ROLE)
        .hasSize(12);
  }

  @Test
  void mapsAUserWithTagsOwnerAndClassification() {
    Identity deployAgent = identity("user/deploy-agent");
    assertThat(deployAgent)
        .isEqualTo(
            new Identity(
                SOURCE + ":user/deploy-agent",
                SOURCE,
                "arn:aws:iam::123456789012:user/deploy-agent",
                IdentityKind.AGENT,
                "deploy-agent",
                null,
                io.keyward.model.domain.IdentityStatus.ENABLED,
                java.time.Instant.parse("2025-05-07T10:00:00Z"),
                null,
                "tag keyward:kind=agent",
                Map.of("keyward:kind", "agent", "team", "devops")));
    assertThat(identity("user/pricing-agent").classification()).isEqualTo("name matches *-agent");
    assertThat(identity("user/alice.nguyen").kind()).isEqualTo(IdentityKind.HUMAN);
    assertThat(identity("user/ci-bot").ownerId()).isEqualTo("entra:demo-corp:user/frank");
    assertThat(identity("user/ci-bot").classification())
        .isEqualTo("IAM user; console password and access keys unknown (no credential report)");
  }

  @Test
  void classifiesRolesByWhoTrustsThem() {
    assertThat(identity("role/batch-ingest"))
        .extracting(Identity::kind, Identity::classification)
        .containsExactly(IdentityKind.WORKLOAD, "IAM role trusted by ecs-tasks.amazonaws.com");
    assertThat(identity("role/github-actions-deploy"))
        .extracting(Identity::kind, Identity::classification)
        .containsExactly(
            IdentityKind.WORKLOAD,
            "IAM role trusted by OIDC provider token.actions.githubusercontent.com");
    assertThat(identity("role/TrainingJobRole"))
        .extracting(Identity::kind, Identity::classification)
        .containsExactly(IdentityKind.ROLE, "IAM role trusted by sagemaker.amazonaws.com");
    assertThat(
            identity("role/AWSReservedSSO_AdministratorAccess_3f2a1b0c9d8e7f6a").classification())
        .isEqualTo("IAM role for SAML federation through AWSSSO_5c1d2e3f4a5b6c7d_DO_NOT_DELETE");
    assertThat(identity("role/forecast-agent"))
        .extracting(Identity::kind, Identity::ownerId)
        .containsExactly(IdentityKind.AGENT, "entra:demo-corp:user/bob");
    assertThat(identity("role/OrganizationAccountAccessRole").classification())
        .isEqualTo("IAM role");
  }

  @Test
  void turnsAllowStatementsIntoGrantsWithPrivilegeAndCondition() {
    assertThat(grants(SOURCE + ":role/DataLakeReader"))
        .singleElement()
        .isEqualTo(
            new Grant(
                SOURCE
                    + ":role/DataLakeReader/grant/inline/lake-read/0/s3:GetObject/arn:aws:s3:::demo-corp-lake/*",
                SOURCE,
                SOURCE + ":role/DataLakeReader",
                "s3:GetObject",
                "arn:aws:s3:::demo-corp-lake/*",
                Privilege.READ,
                GrantOrigin.DIRECT,
                null,
                "{\"StringEquals\":{\"aws:SourceVpce\":\"vpce-0a1b2c3d4e5f60718\"}}",
                null));
    assertThat(grants(SOURCE + ":user/deploy-agent"))
        .singleElement()
        .extracting(Grant::permission, Grant::resource, Grant::privilege)
        .containsExactly("*", "*", Privilege.ADMIN);
    // The Deny statement of ci-bot's inline policy grants nothing.
    assertThat(grants(SOURCE + ":user/ci-bot"))
        .filteredOn(g -> g.origin() == GrantOrigin.DIRECT)
        .extracting(Grant::permission)
        .containsExactly("s3:PutObject", "secretsmanager:GetSecretValue");
    assertThat(grants(SOURCE + ":role/legacy-partner-access"))
        .extracting(Grant::permission, Grant::privilege)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("NOT iam:*", Privilege.ADMIN),
            org.assertj.core.groups.Tuple.tuple("NOT organizations:*", Privilege.ADMIN));
  }

  @Test
  void usesOnlyTheDefaultVersionOfAManagedPolicy() {
    assertThat(grants(SOURCE + ":group/DataScience"))
        .extracting(Grant::permission)
        .containsExactly(
            "s3:Get*",
            "s3:List*",
            "s3:Describe*",
            "s3-object-lambda:Get*",
            "s3-object-lambda:List*");
  }

  @Test
  void membersInheritTheirGroupsGrantsAndJoinThem() {
    List<Grant> bob = grants(SOURCE + ":user/bob.martens");
    assertThat(bob)
        .hasSize(9)
        .allSatisfy(g -> assertThat(g.origin()).isEqualTo(GrantOrigin.VIA_GROUP));
    assertThat(bob)
        .extracting(Grant::viaId)
        .containsOnly(SOURCE + ":group/Developers", SOURCE + ":group/DataScience");
    assertThat(bob)
        .filteredOn(g -> g.permission().equals("iam:ChangePassword"))
        .singleElement()
        .satisfies(g -> assertThat(g.privilege()).isEqualTo(Privilege.ADMIN));
    assertThat(mapped.delegations())
        .filteredOn(d -> d.fromId().equals(SOURCE + ":user/bob.martens"))
        .extracting(Delegation::toId, Delegation::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                SOURCE + ":group/Developers", DelegationKind.GROUP_MEMBERSHIP),
            org.assertj.core.groups.Tuple.tuple(
                SOURCE + ":group/DataScience", DelegationKind.GROUP_MEMBERSHIP));
  }

  @Test
  void trustPoliciesBecomeAssumeRoleEdgesFromEveryPrincipalKind() {
    assertThat(trustedBy("DataLakeReader"))
        .extracting(Delegation::fromId, Delegation::condition)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "aws:444455556666:role/forecast-agent",
                "{\"StringEquals\":{\"sts:ExternalId\":\"forecast-prod\"}}"),
            org.assertj.core.groups.Tuple.tuple(
                SOURCE
                    + ":oidc-provider/login.microsoftonline.com/5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f/v2.0",
                "{\"StringEquals\":{\"login.microsoftonline.com/5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f/v2.0:sub\":"
                    + "\"agent/research-summarizer\",\"login.microsoftonline.com/5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f/v2.0:aud\":"
                    + "\"api://AzureADTokenExchange\"}}"));
    assertThat(trustedBy("DataLakeReader").get(0).scope()).containsExactly("s3:GetObject");
    assertThat(trustedBy("OrganizationAccountAccessRole"))
        .extracting(Delegation::fromId)
        .containsExactly("aws:999988887777:root");
    assertThat(trustedBy("forecast-agent"))
        .extracting(Delegation::fromId)
        .containsExactly(SOURCE + ":root", "aws:service/lambda.amazonaws.com");
    assertThat(trustedBy("AWSReservedSSO_AdministratorAccess_3f2a1b0c9d8e7f6a"))
        .extracting(Delegation::fromId)
        .containsExactly(SOURCE + ":saml-provider/AWSSSO_5c1d2e3f4a5b6c7d_DO_NOT_DELETE");
    assertThat(trustedBy("legacy-partner-access"))
        .extracting(Delegation::fromId, Delegation::condition)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                SOURCE + ":deleted-principal/AROAQ3EGUJ4Y5GONE0010",
                "{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-a1b2c3d4e5\"}}"),
            org.assertj.core.groups.Tuple.tuple(
                "aws:*", "{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-a1b2c3d4e5\"}}"));
  }

  @Test
  void anUnreadablePolicyNamesThePrincipalAndPolicy(@TempDir Path temp) throws IOException {
    Path file =
        Files.writeString(
            temp.resolve("bad.json"),
            "{\"RoleDetailList\":[{\"RoleName\":\"r\",\"Arn\":\"arn:aws:iam::123456789012:role/r\","
                + "\"RolePolicyList\":[{\"PolicyName\":\"p\",\"PolicyDocument\":\"%7B%22Statement\"}]}]}");
    AuthorizationDetails details = AuthorizationJson.read(file);

    assertThatThrownBy(() -> new AccountMapper(SOURCE, "123456789012").map(details, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("role/r inline/p: the policy document is not JSON");
  }

  private static List<Delegation> trustedBy(String role) {
    return mapped.delegations().stream()
        .filter(d -> d.toId().equals(SOURCE + ":role/" + role))
        .toList();
  }

  private static List<Grant> grants(String principal) {
    return mapped.grants().stream().filter(g -> g.principalId().equals(principal)).toList();
  }

  private static Identity identity(String local) {
    return mapped.identities().stream()
        .filter(i -> i.id().equals(SOURCE + ":" + local))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no identity " + local));
  }
}
