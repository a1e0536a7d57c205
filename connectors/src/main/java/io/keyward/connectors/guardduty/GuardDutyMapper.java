package io.keyward.connectors.guardduty;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.Timestamps;
import io.keyward.connectors.alert.FeedItem;
import io.keyward.connectors.alert.FeedMapper;
import io.keyward.connectors.alert.MappedAlert;
import io.keyward.connectors.alert.SubjectRef;
import io.keyward.connectors.guardduty.GuardDutyWire.AccessKeyDetails;
import io.keyward.connectors.guardduty.GuardDutyWire.Finding;
import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * GuardDuty findings to alerts. An item is a finding, a {@code get-findings} reply ({@code
 * Findings: [...]}) or an EventBridge event (the finding in {@code detail}). The access key a
 * finding names is matched first; then its principal: for {@code AssumedRole} (every
 * InstanceCredentialExfiltration finding) the role, since the key is a role session's, not a
 * user's.
 */
final class GuardDutyMapper implements FeedMapper {
  static final String EVENTBRIDGE_SOURCE = "aws.guardduty";

  @Override
  public List<MappedAlert> map(FeedItem item) {
    JsonNode json = item.json();
    if (!json.isObject()) {
      throw new IllegalArgumentException("not a GuardDuty finding (a JSON object)");
    }
    JsonNode findings = field(json, "findings");
    if (findings != null && findings.isArray()) {
      List<MappedAlert> alerts = new ArrayList<>();
      for (int i = 0; i < findings.size(); i++) {
        try {
          alerts.add(finding(findings.get(i)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("finding " + (i + 1) + ": " + e.getMessage());
        }
      }
      return alerts;
    }
    JsonNode detail = field(json, "detail");
    if (detail != null && EVENTBRIDGE_SOURCE.equals(json.path("source").asText())) {
      return List.of(finding(detail));
    }
    return List.of(finding(json));
  }

  private static MappedAlert finding(JsonNode json) {
    Finding finding;
    try {
      finding = GuardDutyWire.MAPPER.treeToValue(json, Finding.class);
    } catch (Exception e) {
      throw new IllegalArgumentException("not a GuardDuty finding: " + e.getMessage());
    }
    if (blank(finding.id()) || blank(finding.type())) {
      throw new IllegalArgumentException("a GuardDuty finding needs an id and a type");
    }
    return new MappedAlert(
        finding.id(),
        time(finding),
        severity(finding.severity()),
        finding.type(),
        blank(finding.title()) ? finding.type() : finding.title(),
        finding.service() != null && Boolean.TRUE.equals(finding.service().archived())
            ? AlertStatus.CLOSED
            : AlertStatus.OPEN,
        subjects(finding),
        json);
  }

  private static Instant time(Finding finding) {
    Instant created = Timestamps.iso(finding.createdAt(), "createdAt");
    Instant time = created != null ? created : Timestamps.iso(finding.updatedAt(), "updatedAt");
    if (time == null) {
      throw new IllegalArgumentException("createdAt is missing");
    }
    return time;
  }

  /** GuardDuty bands: low 1-3.9, medium 4-6.9, high 7-8.9, critical 9-10. */
  static Severity severity(@Nullable Double value) {
    if (value == null) {
      return Severity.MEDIUM;
    }
    if (value >= 9) {
      return Severity.CRITICAL;
    }
    if (value >= 7) {
      return Severity.HIGH;
    }
    return value >= 4 ? Severity.MEDIUM : Severity.LOW;
  }

  static List<SubjectRef> subjects(Finding finding) {
    List<SubjectRef> refs = new ArrayList<>();
    AccessKeyDetails key =
        finding.resource() == null ? null : finding.resource().accessKeyDetails();
    if (key == null) {
      return refs;
    }
    if (!blank(key.accessKeyId())) {
      refs.add(new SubjectRef.CredentialId(key.accessKeyId()));
    }
    if (!blank(key.userName())) {
      if ("AssumedRole".equalsIgnoreCase(key.userType())) {
        refs.add(new SubjectRef.AwsRole(finding.accountId(), key.userName()));
      } else if ("IAMUser".equalsIgnoreCase(key.userType())) {
        refs.add(new SubjectRef.AwsUser(finding.accountId(), key.userName()));
      }
    }
    return refs;
  }

  /** A field by name whatever its casing ({@code Findings} from the CLI, {@code findings}). */
  static @Nullable JsonNode field(JsonNode json, String name) {
    Iterator<Map.Entry<String, JsonNode>> fields = json.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().equalsIgnoreCase(name)) {
        return field.getValue();
      }
    }
    return null;
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
