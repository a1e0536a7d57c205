package io.keyward.connectors.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.keyward.connectors.aws.IamWire.AttachedPolicy;
import io.keyward.connectors.aws.IamWire.Group;
import io.keyward.connectors.aws.IamWire.InlinePolicy;
import io.keyward.connectors.aws.IamWire.ManagedPolicy;
import io.keyward.connectors.aws.IamWire.PolicyVersion;
import io.keyward.connectors.aws.IamWire.Role;
import io.keyward.connectors.aws.IamWire.RoleLastUsed;
import io.keyward.connectors.aws.IamWire.Tag;
import io.keyward.connectors.aws.IamWire.User;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the items of a GetAccountAuthorizationDetailsResult into the wire records the CLI's JSON
 * also binds to. Policy documents stay URL-encoded strings until {@link PolicyDocument} reads them.
 */
final class AuthorizationXml {
  private AuthorizationXml() {}

  static void readPage(IamXml result, AuthorizationDetails.Builder into) {
    result.members("UserDetailList").forEach(m -> into.add(user(m)));
    result.members("GroupDetailList").forEach(m -> into.add(group(m)));
    result.members("RoleDetailList").forEach(m -> into.add(role(m)));
    result.members("Policies").forEach(m -> into.add(policy(m)));
  }

  static User user(IamXml m) {
    return new User(
        required(m, "UserName"),
        required(m, "Arn"),
        m.text("CreateDate"),
        inline(m, "UserPolicyList"),
        m.members("GroupList").stream().map(IamXml::text).toList(),
        attached(m),
        tags(m));
  }

  static Group group(IamXml m) {
    return new Group(
        required(m, "GroupName"),
        required(m, "Arn"),
        m.text("CreateDate"),
        inline(m, "GroupPolicyList"),
        attached(m));
  }

  static Role role(IamXml m) {
    RoleLastUsed lastUsed =
        m.child("RoleLastUsed")
            .map(r -> new RoleLastUsed(r.text("LastUsedDate"), r.text("Region")))
            .orElse(null);
    return new Role(
        m.text("Path"),
        required(m, "RoleName"),
        required(m, "Arn"),
        m.text("CreateDate"),
        m.text("Description"),
        document(m.text("AssumeRolePolicyDocument")),
        inline(m, "RolePolicyList"),
        attached(m),
        tags(m),
        lastUsed);
  }

  static ManagedPolicy policy(IamXml m) {
    List<PolicyVersion> versions =
        m.members("PolicyVersionList").stream()
            .map(
                v ->
                    new PolicyVersion(
                        document(v.text("Document")),
                        required(v, "VersionId"),
                        "true".equals(v.text("IsDefaultVersion"))))
            .toList();
    return new ManagedPolicy(
        required(m, "PolicyName"), required(m, "Arn"), m.text("DefaultVersionId"), versions);
  }

  private static List<InlinePolicy> inline(IamXml m, String list) {
    return m.members(list).stream()
        .map(
            p ->
                new InlinePolicy(
                    required(p, "PolicyName"), TextNode.valueOf(required(p, "PolicyDocument"))))
        .toList();
  }

  private static List<AttachedPolicy> attached(IamXml m) {
    return m.members("AttachedManagedPolicies").stream()
        .map(p -> new AttachedPolicy(required(p, "PolicyName"), required(p, "PolicyArn")))
        .toList();
  }

  private static List<Tag> tags(IamXml m) {
    return m.members("Tags").stream()
        .map(t -> new Tag(required(t, "Key"), t.text("Value")))
        .toList();
  }

  private static @Nullable JsonNode document(@Nullable String encoded) {
    return encoded == null ? null : TextNode.valueOf(encoded);
  }

  /**
   * @throws IllegalArgumentException when a field every item has is missing
   */
  static String required(IamXml m, String field) {
    String value = m.text(field);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("a " + m.name() + " without " + field);
    }
    return value;
  }
}
