package io.keyward.connectors.guardduty;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

/**
 * GuardDuty finding fields Keyward reads. The API and EventBridge spell them camelCase, the CLI and
 * SDKs PascalCase; {@link #MAPPER} reads either.
 */
final class GuardDutyWire {
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES, true)
          .build();

  private GuardDutyWire() {}

  /**
   * @param severity 1-10, fractional; low below 4, medium below 7, high below 9, else critical
   * @param createdAt ISO-8601 with milliseconds
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Finding(
      @Nullable String id,
      @Nullable String arn,
      @Nullable String accountId,
      @Nullable String region,
      @Nullable String type,
      @Nullable Double severity,
      @Nullable String createdAt,
      @Nullable String updatedAt,
      @Nullable String title,
      @Nullable Resource resource,
      @Nullable Service service) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Resource(@Nullable String resourceType, @Nullable AccessKeyDetails accessKeyDetails) {}

  /**
   * @param userType {@code IAMUser}, {@code AssumedRole}, {@code Root}, {@code FederatedUser}
   * @param userName the user's name, or for an assumed role the role's name
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record AccessKeyDetails(
      @Nullable String accessKeyId,
      @Nullable String principalId,
      @Nullable String userName,
      @Nullable String userType) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Service(@Nullable Boolean archived, @Nullable String eventFirstSeen) {}
}
