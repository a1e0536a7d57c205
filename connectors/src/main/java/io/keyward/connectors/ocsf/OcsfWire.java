package io.keyward.connectors.ocsf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** OCSF 1.x Detection Finding fields Keyward reads; the rest of the event is kept raw. */
final class OcsfWire {
  private OcsfWire() {}

  /**
   * @param time epoch milliseconds
   * @param severityId 0 Unknown, 1 Informational .. 5 Critical, 6 Fatal, 99 Other
   * @param statusId 1 New, 2 In Progress, 3 Suppressed, 4 Resolved, 5 Archived (1.1 and later)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record DetectionFinding(
      @JsonProperty("class_uid") @Nullable Integer classUid,
      @JsonProperty("activity_id") @Nullable Integer activityId,
      @Nullable Long time,
      @JsonProperty("severity_id") @Nullable Integer severityId,
      @JsonProperty("status_id") @Nullable Integer statusId,
      @Nullable String message,
      @Nullable Metadata metadata,
      @JsonProperty("finding_info") @Nullable FindingInfo findingInfo,
      @Nullable Actor actor,
      @Nullable List<ResourceDetails> resources) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Metadata(@Nullable String uid, @Nullable String version, @Nullable Product product) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Product(@Nullable String name, @JsonProperty("vendor_name") @Nullable String vendorName) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record FindingInfo(
      @Nullable String uid,
      @Nullable String title,
      @Nullable List<String> types,
      @JsonProperty("created_time") @Nullable Long createdTime) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Actor(@Nullable User user, @Nullable Session session) {}

  /**
   * @param credentialUid the user's credential, e.g. an AWS access key id (OCSF 1.1 and later)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record User(
      @Nullable String uid,
      @JsonProperty("uid_alt") @Nullable String uidAlt,
      @Nullable String name,
      @JsonProperty("email_addr") @Nullable String emailAddr,
      @JsonProperty("credential_uid") @Nullable String credentialUid) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Session(
      @Nullable String uid, @JsonProperty("credential_uid") @Nullable String credentialUid) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ResourceDetails(@Nullable String uid, @Nullable String name, @Nullable String type) {}
}
