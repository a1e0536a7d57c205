package io.keyward.connectors.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.revoke.Preflight;
import io.keyward.connectors.revoke.Revocations;
import io.keyward.connectors.testing.LoopbackSource;
import io.keyward.connectors.testing.SyncedRevocations;
import io.keyward.connectors.testing.TestEnvironments;
import io.keyward.model.cache.GrantFilter;
import io.keyward.model.cache.RevocationEntry;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revocation against a fake IAM (access keys, policies, role sessions): the exact requests sent,
 * and the verification.
 */
class AwsRevocationTest {
  private static final String SOURCE = "aws:123456789012";
  private static final String KEY = "AKIAQ3EGUJ4Y5DEPLOY1";
  private static final Map<String, String> KEYS =
      Map.of("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG");

  @TempDir Path temp;

  /** The inline policy of pricing-agent in GetAccountAuthorizationDetails-1.xml, decoded. */
  private static final String PRICES_TABLE =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
          + "\"dynamodb:*\",\"Resource\":\"arn:aws:dynamodb:us-east-1:123456789012:table/prices\"}]}";

  private final FakeIam iam = new FakeIam();

  @RegisterExtension final LoopbackSource source = new LoopbackSource(iam);

  private final AwsConnector connector = new AwsConnector();
  private Revocations revocations;

  @BeforeEach
  void start() throws IOException {
    SourceProfile profile =
        new SourceProfile(
            SOURCE, connector.kind(), "AWS prod", Map.of(AwsConnector.ENDPOINT, source.baseUrl()));
    var environment = new TestEnvironments().with(KEYS, temp);
    revocations = SyncedRevocations.of(source.cache(), connector, profile, environment);
  }

  private static MockResponse keyList(String status) {
    return FakeIam.xml(
        200,
        "<ListAccessKeysResponse><ListAccessKeysResult><AccessKeyMetadata><member>"
            + "<UserName>deploy-agent</UserName><AccessKeyId>"
            + KEY
            + "</AccessKeyId><Status>"
            + status
            + "</Status></member></AccessKeyMetadata><IsTruncated>false</IsTruncated>"
            + "</ListAccessKeysResult></ListAccessKeysResponse>");
  }

  private static MockResponse noKeys() {
    return FakeIam.fixture(200, "ListAccessKeys-none.xml");
  }

  private Preflight preflight(RevocationAction action) {
    return revocations.preflight(action, revocations.resolve(KEY));
  }

  @Test
  void deactivatesTheKeyAndVerifiesIt() {
    iam.queue("ListAccessKeys", keyList("Active"), keyList("Inactive"))
        .queue("UpdateAccessKey", FakeIam.accepted("UpdateAccessKey"));

    RevocationEntry entry =
        revocations.execute(preflight(RevocationAction.DISABLE_CREDENTIAL), null);

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.DONE);
    assertThat(entry.revocation().verification()).isEqualTo("ListAccessKeys: Inactive");
    assertThat(iam.forms("UpdateAccessKey"))
        .singleElement()
        .isEqualTo(
            Map.of(
                "Action", "UpdateAccessKey",
                "Version", "2010-05-08",
                "UserName", "deploy-agent",
                "AccessKeyId", KEY,
                "Status", "Inactive"));
    assertThat(iam.requests().get(iam.requests().size() - 2).getHeaders().get("Authorization"))
        .startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/");
  }

  @Test
  void anInactiveKeyIsAlreadyRevokedAndNothingIsSent() {
    iam.queue("ListAccessKeys", keyList("Inactive"));

    RevocationEntry entry =
        revocations.execute(preflight(RevocationAction.DISABLE_CREDENTIAL), null);

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.ALREADY_DONE);
    assertThat(iam.forms("UpdateAccessKey")).isEmpty();
  }

  @Test
  void undoSetsTheKeyActiveAgain() {
    iam.queue("ListAccessKeys", keyList("Inactive"), keyList("Active"))
        .queue("UpdateAccessKey", FakeIam.accepted("UpdateAccessKey"));

    RevocationEntry entry = revocations.undo(preflight(RevocationAction.DISABLE_CREDENTIAL));

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.UNDONE);
    assertThat(iam.forms("UpdateAccessKey").get(0)).containsEntry("Status", "Active");
  }

  @Test
  void deletesTheKeyForGood() {
    iam.queue("ListAccessKeys", keyList("Active"), noKeys())
        .queue("DeleteAccessKey", FakeIam.accepted("DeleteAccessKey"));
    Preflight delete = preflight(RevocationAction.DELETE_CREDENTIAL);
    assertThat(delete.destructive()).isTrue();

    RevocationEntry entry = revocations.execute(delete, null);

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.DONE);
    assertThat(iam.forms("DeleteAccessKey"))
        .singleElement()
        .isEqualTo(
            Map.of(
                "Action", "DeleteAccessKey",
                "Version", "2010-05-08",
                "UserName", "deploy-agent",
                "AccessKeyId", KEY));
  }

  @Test
  void theSourcesRefusalIsAuditedAsAFailure() {
    iam.queue("ListAccessKeys", keyList("Active"))
        .queue(
            "UpdateAccessKey",
            FakeIam.xml(
                403,
                "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code>"
                    + "<Message>not authorized to perform: iam:UpdateAccessKey</Message>"
                    + "</Error></ErrorResponse>"));

    RevocationEntry entry =
        revocations.execute(preflight(RevocationAction.DISABLE_CREDENTIAL), null);

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.FAILED);
    assertThat(entry.revocation().result()).contains("iam:UpdateAccessKey");
    assertThat(source.cache().revocationLog().verify().intact()).isTrue();
  }

  private static final String DEPLOY_AGENT = SOURCE + ":user/deploy-agent";

  private String grantOf(String prefix) {
    return source.cache().repository().grants(GrantFilter.ALL, 10_000).items().stream()
        .map(Grant::id)
        .filter(id -> id.startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }

  private Preflight preflight(RevocationAction action, String ref) {
    return revocations.preflight(action, revocations.resolve(ref));
  }

  private static Map<String, String> form(String action, String... params) {
    Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("Action", action);
    form.put("Version", "2010-05-08");
    for (int i = 0; i < params.length; i += 2) {
      form.put(params[i], params[i + 1]);
    }
    return form;
  }

  @Test
  void detachesAManagedUserPolicyFoundByNameAndVerifiesItIsGone() {
    iam.queue(
            "ListAttachedUserPolicies",
            FakeIam.fixture(200, "ListAttachedUserPolicies-deploy-agent.xml"),
            FakeIam.fixture(200, "ListAttachedUserPolicies-none.xml"))
        .queue("DetachUserPolicy", FakeIam.accepted("DetachUserPolicy"));
    Preflight preflight =
        preflight(
            RevocationAction.REMOVE_GRANT,
            grantOf(DEPLOY_AGENT + "/grant/policy/AdministratorAccess/"));
    assertThat(preflight.changes())
        .containsExactly(
            "detaches the managed policy AdministratorAccess from the user deploy-agent: every"
                + " permission it gives goes, not only *");
    assertThat(preflight.undo()).isEqualTo("attach the managed policy AdministratorAccess again");

    RevocationEntry entry = revocations.execute(preflight, null);

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.DONE);
    assertThat(entry.revocation().result()).isEqualTo("DetachUserPolicy accepted");
    assertThat(entry.revocation().verification())
        .isEqualTo("ListAttachedUserPolicies: AdministratorAccess absent");
    assertThat(iam.forms("ListAttachedUserPolicies"))
        .containsOnly(
            form("ListAttachedUserPolicies", "UserName", "deploy-agent", "MaxItems", "1000"));
    assertThat(iam.forms("DetachUserPolicy"))
        .containsExactly(
            form(
                "DetachUserPolicy",
                "UserName",
                "deploy-agent",
                "PolicyArn",
                "arn:aws:iam::aws:policy/AdministratorAccess"));
    assertThat(iam.requests())
        .allSatisfy(
            r ->
                assertThat(r.getHeaders().get("Authorization"))
                    .startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"));
  }

  @Test
  void aDetachedPolicyIsAlreadyRemovedAndNothingIsSent() {
    iam.queue(
        "ListAttachedUserPolicies", FakeIam.fixture(200, "ListAttachedUserPolicies-none.xml"));

    RevocationEntry entry =
        revocations.execute(
            preflight(
                RevocationAction.REMOVE_GRANT,
                grantOf(DEPLOY_AGENT + "/grant/policy/AdministratorAccess/")),
            null);

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.ALREADY_DONE);
    assertThat(iam.forms("DetachUserPolicy")).isEmpty();
  }

  @Test
  void undoFindsThePolicyArnByNameAcrossPagesAndAttachesItAgain() {
    iam.queue(
            "ListAttachedUserPolicies",
            FakeIam.fixture(200, "ListAttachedUserPolicies-none.xml"),
            FakeIam.fixture(200, "ListAttachedUserPolicies-deploy-agent.xml"))
        .queue(
            "ListPolicies",
            FakeIam.fixture(200, "ListPolicies-1.xml"),
            FakeIam.fixture(200, "ListPolicies-2.xml"))
        .queue("AttachUserPolicy", FakeIam.accepted("AttachUserPolicy"));

    RevocationEntry entry =
        revocations.undo(
            preflight(
                RevocationAction.REMOVE_GRANT,
                grantOf(DEPLOY_AGENT + "/grant/policy/AdministratorAccess/")));

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.UNDONE);
    assertThat(iam.forms("ListPolicies"))
        .containsExactly(
            form("ListPolicies", "Scope", "All", "MaxItems", "1000"),
            form(
                "ListPolicies",
                "Scope",
                "All",
                "MaxItems",
                "1000",
                "Marker",
                "AAIAAQAAABUAAAABAAAABEFkbWluaXN0cmF0b3JBY2Nlc3M="));
    assertThat(iam.forms("AttachUserPolicy"))
        .containsExactly(
            form(
                "AttachUserPolicy",
                "UserName",
                "deploy-agent",
                "PolicyArn",
                "arn:aws:iam::aws:policy/AdministratorAccess"));
  }

  @Test
  void deletesAnInlineUserPolicyKeepingItsDocumentAndTheUndoPutsItBack() {
    iam.inlinePolicy("User", "pricing-agent", "prices-table", PRICES_TABLE);
    Preflight preflight =
        preflight(
            RevocationAction.REMOVE_GRANT,
            grantOf(SOURCE + ":user/pricing-agent/grant/inline/prices-table/"));
    assertThat(preflight.destructive()).isFalse();
    assertThat(preflight.changes().get(0))
        .startsWith("deletes the inline policy prices-table of the user pricing-agent");
    assertThat(preflight.undo())
        .isEqualTo(
            "put the inline policy prices-table back with the document read just before it was"
                + " deleted");

    RevocationEntry entry = revocations.execute(preflight, null);

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.DONE);
    assertThat(entry.revocation().verification()).isEqualTo("GetUserPolicy: prices-table absent");
    assertThat(entry.revocation().saved()).isEqualTo(PRICES_TABLE);
    Map<String, String> get =
        form("GetUserPolicy", "UserName", "pricing-agent", "PolicyName", "prices-table");
    assertThat(iam.forms("GetUserPolicy")).containsExactly(get, get);
    assertThat(iam.forms("DeleteUserPolicy"))
        .containsExactly(
            form("DeleteUserPolicy", "UserName", "pricing-agent", "PolicyName", "prices-table"));

    RevocationEntry undo = revocations.undo(preflight);

    assertThat(undo.revocation().outcome()).isEqualTo(RevocationOutcome.UNDONE);
    assertThat(undo.revocation().verification()).isEqualTo("GetUserPolicy: prices-table present");
    assertThat(iam.forms("PutUserPolicy"))
        .containsExactly(
            form(
                "PutUserPolicy",
                "UserName",
                "pricing-agent",
                "PolicyName",
                "prices-table",
                "PolicyDocument",
                PRICES_TABLE));
    assertThat(revocations.undo(preflight).revocation().outcome())
        .isEqualTo(RevocationOutcome.ALREADY_DONE);
  }

  @Test
  void anInlinePolicyKeywardDidNotDeleteCannotBePutBack() {
    Preflight preflight =
        preflight(
            RevocationAction.REMOVE_GRANT,
            grantOf(SOURCE + ":user/pricing-agent/grant/inline/prices-table/"));
    RevocationEntry gone = revocations.execute(preflight, null);
    assertThat(gone.revocation().outcome()).isEqualTo(RevocationOutcome.ALREADY_DONE);
    assertThat(gone.revocation().saved()).isNull();

    RevocationEntry undo = revocations.undo(preflight);

    assertThat(undo.revocation().outcome()).isEqualTo(RevocationOutcome.FAILED);
    assertThat(undo.revocation().result())
        .isEqualTo(
            "the audit holds no document of the inline policy prices-table from a deletion by"
                + " Keyward; put it back in the AWS console");
    assertThat(iam.forms("PutUserPolicy")).isEmpty();
  }

  @Test
  void aRolesInlinePolicyIsDeletedWithTheRoleActions() {
    iam.inlinePolicy(
        "Role",
        "DataLakeReader",
        "lake-read",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
            + "\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::demo-corp-lake/*\"}]}");

    RevocationEntry entry =
        revocations.execute(
            preflight(
                RevocationAction.REMOVE_GRANT,
                grantOf(SOURCE + ":role/DataLakeReader/grant/inline/lake-read/")),
            null);

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.DONE);
    assertThat(iam.forms("GetRolePolicy"))
        .containsOnly(
            form("GetRolePolicy", "RoleName", "DataLakeReader", "PolicyName", "lake-read"));
    assertThat(iam.forms("DeleteRolePolicy"))
        .containsExactly(
            form("DeleteRolePolicy", "RoleName", "DataLakeReader", "PolicyName", "lake-read"));
  }

  @Test
  void theSourcesRefusalOfADetachIsShownInItsOwnWords() {
    iam.queue(
            "ListAttachedUserPolicies",
            FakeIam.fixture(200, "ListAttachedUserPolicies-deploy-agent.xml"))
        .queue(
            "DetachUserPolicy",
            FakeIam.xml(
                403,
                "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User:"
                    + " arn:aws:iam::123456789012:user/keyward is not authorized to perform:"
                    + " iam:DetachUserPolicy</Message></Error></ErrorResponse>"));

    RevocationEntry entry =
        revocations.execute(
            preflight(
                RevocationAction.REMOVE_GRANT,
                grantOf(DEPLOY_AGENT + "/grant/policy/AdministratorAccess/")),
            null);

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.FAILED);
    assertThat(entry.revocation().result())
        .contains("AccessDenied")
        .contains("is not authorized to perform: iam:DetachUserPolicy");
  }

  @Test
  void grantsThroughAGroupAndAwsOwnedRolesOfferNoRemoval() {
    String viaGroup =
        source.cache().repository().grants(GrantFilter.ALL, 10_000).items().stream()
            .filter(g -> g.origin() == GrantOrigin.VIA_GROUP)
            .map(Grant::id)
            .findFirst()
            .orElseThrow();
    assertThat(revocations.actions(revocations.resolve(viaGroup))).isEmpty();
    assertThat(revocations.actions(revocations.resolve(SOURCE + ":role/AWSServiceRoleForSupport")))
        .isEmpty();
  }

  @Test
  void revokesRoleSessionsWithTheConsolesDenyPolicyAndReadsItBack() throws Exception {
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Preflight preflight =
        preflight(RevocationAction.REVOKE_SESSIONS, SOURCE + ":role/forecast-agent");
    assertThat(preflight.text())
        .contains("AWSRevokeOlderSessions")
        .contains("issued before the moment it is sent")
        .contains("sessions issued after that moment are unaffected");
    assertThat(preflight.destructive()).isFalse();

    RevocationEntry entry = revocations.execute(preflight, null);

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.DONE);
    Map<String, String> put = iam.forms("PutRolePolicy").get(0);
    String document = put.get("PolicyDocument");
    JsonNode condition =
        WireJson.MAPPER.readTree(document).path("Statement").path(0).path("Condition");
    Instant cutoff =
        Instant.parse(condition.path("DateLessThan").path("aws:TokenIssueTime").asText());
    assertThat(cutoff).isBetween(before, Instant.now());
    assertThat(put)
        .isEqualTo(
            form(
                "PutRolePolicy",
                "RoleName",
                "forecast-agent",
                "PolicyName",
                "AWSRevokeOlderSessions",
                "PolicyDocument",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":[\"*\"],"
                    + "\"Resource\":[\"*\"],\"Condition\":{\"DateLessThan\":"
                    + "{\"aws:TokenIssueTime\":\""
                    + cutoff
                    + "\"}}}]}"));
    assertThat(iam.forms("GetRolePolicy"))
        .containsExactly(
            form(
                "GetRolePolicy",
                "RoleName",
                "forecast-agent",
                "PolicyName",
                "AWSRevokeOlderSessions"));
    assertThat(entry.revocation().verification())
        .isEqualTo("GetRolePolicy: AWSRevokeOlderSessions denies sessions issued before " + cutoff);
  }

  @Test
  void undoingASessionRevocationDeletesTheDenyAndReadsItGone() {
    Preflight preflight =
        preflight(RevocationAction.REVOKE_SESSIONS, SOURCE + ":role/forecast-agent");
    assertThat(preflight.undo()).startsWith("delete the inline policy AWSRevokeOlderSessions");
    revocations.execute(preflight, null);

    RevocationEntry undone = revocations.undo(preflight);

    assertThat(undone.revocation().outcome()).isEqualTo(RevocationOutcome.UNDONE);
    assertThat(iam.forms("DeleteRolePolicy"))
        .containsExactly(
            form(
                "DeleteRolePolicy",
                "RoleName",
                "forecast-agent",
                "PolicyName",
                "AWSRevokeOlderSessions"));
    assertThat(undone.revocation().verification())
        .isEqualTo("GetRolePolicy: AWSRevokeOlderSessions absent");
    // Nothing left to delete: a second undo reads the policy gone and sends nothing.
    assertThat(revocations.undo(preflight).revocation().outcome())
        .isEqualTo(RevocationOutcome.ALREADY_DONE);
    assertThat(iam.forms("DeleteRolePolicy")).hasSize(1);
  }

  @Test
  void aSessionDenyThatDidNotStickIsAFailure() {
    iam.queue("PutRolePolicy", FakeIam.accepted("PutRolePolicy"));

    RevocationEntry entry =
        revocations.execute(
            preflight(RevocationAction.REVOKE_SESSIONS, SOURCE + ":role/forecast-agent"), null);

    assertThat(entry.revocation().outcome()).isEqualTo(RevocationOutcome.FAILED);
    assertThat(entry.revocation().verification())
        .isEqualTo("GetRolePolicy: AWSRevokeOlderSessions absent or not a session deny");
  }
}
