package io.keyward.connectors.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import io.keyward.model.domain.Privilege;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AwsPolicyRulesTest {
  @ParameterizedTest
  @CsvSource({
    "*, ADMIN",
    "s3:*, ADMIN",
    "iam:PassRole, ADMIN",
    "iam:CreateAccessKey, ADMIN",
    "sts:AssumeRole, ADMIN",
    "s3:PutBucketPolicy, ADMIN",
    "kms:CreateGrant, ADMIN",
    "lambda:AddPermission, ADMIN",
    "iam:GetRole, READ",
    "iam:List*, READ",
    "s3:GetObject, READ",
    "s3:getobject, READ",
    "ec2:Describe*, READ",
    "dynamodb:Query, READ",
    "dynamodb:BatchGetItem, READ",
    "s3:PutObject, WRITE",
    "s3:*Object, WRITE",
    "ecs:UpdateService, WRITE",
    "secretsmanager:DeleteSecret, WRITE",
  })
  void privilegeFollowsTheActionName(String action, Privilege expected) {
    assertThat(ActionPrivilege.of(action, false)).isEqualTo(expected);
  }

  @Test
  void notActionAllowsAllButTheListedActions() {
    assertThat(ActionPrivilege.of("s3:GetObject", true)).isEqualTo(Privilege.ADMIN);
  }

  @Test
  void readsUrlEncodedAndPlainDocuments() {
    String json =
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
            + "\"Resource\":[\"arn:aws:s3:::a/*\",\"arn:aws:s3:::b/*\"]}}";
    String encoded =
        java.net.URLEncoder.encode(json, java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20");

    for (String given : new String[] {json, encoded}) {
      PolicyDocument document = PolicyDocument.read(TextNode.valueOf(given));
      assertThat(document.statements())
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.allow()).isTrue();
                assertThat(s.actions()).containsExactly("s3:GetObject");
                assertThat(s.resources()).containsExactly("arn:aws:s3:::a/*", "arn:aws:s3:::b/*");
                assertThat(s.condition()).isNull();
              });
    }
  }

  @Test
  void refusesWhatIsNotAPolicy() {
    assertThatThrownBy(() -> PolicyDocument.read(TextNode.valueOf("%7Bnope")))
        .hasMessageStartingWith("the policy document is not JSON");
    assertThatThrownBy(() -> PolicyDocument.read(TextNode.valueOf("%ZZ")))
        .hasMessageStartingWith("the policy document is neither JSON nor URL-encoded JSON");
  }

  @Test
  void namesTrustedPrincipalsOfThisAndOtherAccounts() {
    String source = "aws:prod";
    String account = "123456789012";
    assertThat(id("arn:aws:iam::123456789012:role/path/ci", "AWS")).isEqualTo("aws:prod:role/ci");
    assertThat(id("arn:aws:sts::444455556666:assumed-role/Dev/session", "AWS"))
        .isEqualTo("aws:444455556666:role/Dev");
    assertThat(id("444455556666", "AWS")).isEqualTo("aws:444455556666:root");
    assertThat(id("arn:aws:iam::123456789012:root", "AWS")).isEqualTo("aws:prod:root");
    assertThat(id("cognito-identity.amazonaws.com", "Federated"))
        .isEqualTo("aws:federated/cognito-identity.amazonaws.com");
    assertThat(
            id(
                "arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC",
                "Federated"))
        .isEqualTo("aws:prod:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC");
    assertThat(TrustPrincipal.of(TextNode.valueOf("*")).get(0).id(source, account))
        .isEqualTo("aws:*");
  }

  private static String id(String value, String type) {
    var node =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put(type, value);
    return TrustPrincipal.of(node).get(0).id("aws:prod", "123456789012");
  }
}
