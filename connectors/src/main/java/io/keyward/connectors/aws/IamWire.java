package io.keyward.connectors.aws;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The items of GetAccountAuthorizationDetails, as the Query API's XML and the CLI's JSON both name
 * them ({@code UserName}, {@code AttachedManagedPolicies}). Policy documents are kept as given: a
 * URL-encoded string from the API, usually a nested object from the CLI ({@link PolicyDocument}
 * reads both).
 */
final class IamWire {
  /** Binds the CLI's PascalCase JSON to these records. */
  static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private IamWire() {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Tag(String key, @Nullable String value) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record InlinePolicy(String policyName, JsonNode policyDocument) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record AttachedPolicy(String policyName, String policyArn) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record User(
      String userName,
      String arn,
      @Nullable String createDate,
      List<InlinePolicy> userPolicyList,
      List<String> groupList,
      List<AttachedPolicy> attachedManagedPolicies,
      List<Tag> tags) {
    User {
      userPolicyList = listOrEmpty(userPolicyList);
      groupList = listOrEmpty(groupList);
      attachedManagedPolicies = listOrEmpty(attachedManagedPolicies);
      tags = listOrEmpty(tags);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Group(
      String groupName,
      String arn,
      @Nullable String createDate,
      List<InlinePolicy> groupPolicyList,
      List<AttachedPolicy> attachedManagedPolicies) {
    Group {
      groupPolicyList = listOrEmpty(groupPolicyList);
      attachedManagedPolicies = listOrEmpty(attachedManagedPolicies);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record RoleLastUsed(@Nullable String lastUsedDate, @Nullable String region) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Role(
      @Nullable String path,
      String roleName,
      String arn,
      @Nullable String createDate,
      @Nullable String description,
      @Nullable JsonNode assumeRolePolicyDocument,
      List<InlinePolicy> rolePolicyList,
      List<AttachedPolicy> attachedManagedPolicies,
      List<Tag> tags,
      @Nullable RoleLastUsed roleLastUsed) {
    Role {
      rolePolicyList = listOrEmpty(rolePolicyList);
      attachedManagedPolicies = listOrEmpty(attachedManagedPolicies);
      tags = listOrEmpty(tags);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record PolicyVersion(@Nullable JsonNode document, String versionId, boolean isDefaultVersion) {}

  /**
   * A managed policy with its versions; only the default version is in force, so readers keep that
   * one alone ({@link #defaultVersionOnly}) rather than every historical document.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ManagedPolicy(
      String policyName,
      String arn,
      @Nullable String defaultVersionId,
      List<PolicyVersion> policyVersionList) {
    ManagedPolicy {
      policyVersionList = listOrEmpty(policyVersionList);
    }

    Optional<JsonNode> defaultDocument() {
      return policyVersionList.stream()
          .filter(v -> v.isDefaultVersion() || v.versionId().equals(defaultVersionId))
          .map(PolicyVersion::document)
          .filter(d -> d != null)
          .findFirst();
    }

    ManagedPolicy defaultVersionOnly() {
      List<PolicyVersion> current =
          policyVersionList.stream()
              .filter(v -> v.isDefaultVersion() || v.versionId().equals(defaultVersionId))
              .limit(1)
              .toList();
      return new ManagedPolicy(policyName, arn, defaultVersionId, current);
    }
  }

  /** One user's access key from ListAccessKeys, with GetAccessKeyLastUsed's answer. */
  record AccessKey(
      String userName,
      String accessKeyId,
      String status,
      @Nullable String createDate,
      @Nullable String lastUsedDate) {}

  private static <T> List<T> listOrEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
