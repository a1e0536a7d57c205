package io.keyward.connectors.ocsf;

import io.keyward.connectors.Timestamps;
import io.keyward.connectors.alert.FeedItem;
import io.keyward.connectors.alert.FeedMapper;
import io.keyward.connectors.alert.MappedAlert;
import io.keyward.connectors.alert.SubjectRef;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.ocsf.OcsfWire.DetectionFinding;
import io.keyward.connectors.ocsf.OcsfWire.ResourceDetails;
import io.keyward.connectors.ocsf.OcsfWire.User;
import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** One OCSF Detection Finding to one alert, with the identifiers its actor and resources name. */
final class OcsfMapper implements FeedMapper {
  static final int DETECTION_FINDING = 2004;
  private static final int ACTIVITY_CLOSE = 3;
  private static final Set<Integer> CLOSED_STATUSES = Set.of(3, 4, 5);

  /**
   * Epoch milliseconds below this are before 1973: no real finding. Producers that write seconds by
   * mistake write values this small, so they are read as seconds.
   */
  static final long SECONDS_BELOW = 100_000_000_000L;

  /** Resource types that name a principal or a credential rather than data or compute. */
  private static final Pattern SUBJECT_TYPE =
      Pattern.compile(
          "(?i).*(access ?key|user|role|principal|identity|credential|service ?account).*");

  @Override
  public List<MappedAlert> map(FeedItem item) {
    if (!item.json().isObject()) {
      throw new IllegalArgumentException("not an OCSF finding (a JSON object)");
    }
    DetectionFinding finding;
    try {
      finding = WireJson.MAPPER.treeToValue(item.json(), DetectionFinding.class);
    } catch (Exception e) {
      throw new IllegalArgumentException("not an OCSF Detection Finding: " + e.getMessage());
    }
    if (finding.classUid() == null || finding.classUid() != DETECTION_FINDING) {
      throw new IllegalArgumentException(
          "class_uid " + finding.classUid() + " is not a Detection Finding (2004)");
    }
    String uid = finding.findingInfo() == null ? null : finding.findingInfo().uid();
    if (uid == null || uid.isBlank()) {
      throw new IllegalArgumentException("finding_info.uid is missing");
    }
    String type = type(finding);
    return List.of(
        new MappedAlert(
            uid,
            time(finding.time()),
            severity(finding.severityId()),
            type,
            title(finding, type),
            status(finding),
            subjects(finding),
            item.json()));
  }

  static Instant time(@Nullable Long time) {
    if (time == null || time <= 0) {
      throw new IllegalArgumentException("time is missing");
    }
    return time < SECONDS_BELOW ? Timestamps.epochSeconds(time) : Timestamps.epochMillis(time);
  }

  /** OCSF severity_id; Unknown (0) and Other (99) are not played down to informational. */
  static Severity severity(@Nullable Integer id) {
    if (id == null) {
      return Severity.MEDIUM;
    }
    return switch (id) {
      case 1 -> Severity.INFO;
      case 2 -> Severity.LOW;
      case 4 -> Severity.HIGH;
      case 5, 6 -> Severity.CRITICAL;
      default -> Severity.MEDIUM;
    };
  }

  private static String type(DetectionFinding finding) {
    List<String> types = finding.findingInfo().types();
    if (types != null && !types.isEmpty() && !types.get(0).isBlank()) {
      return types.get(0);
    }
    return "Detection Finding";
  }

  private static String title(DetectionFinding finding, String type) {
    String title = finding.findingInfo().title();
    if (title != null && !title.isBlank()) {
      return title;
    }
    return finding.message() != null && !finding.message().isBlank() ? finding.message() : type;
  }

  private static AlertStatus status(DetectionFinding finding) {
    boolean closed =
        Integer.valueOf(ACTIVITY_CLOSE).equals(finding.activityId())
            || (finding.statusId() != null && CLOSED_STATUSES.contains(finding.statusId()));
    return closed ? AlertStatus.CLOSED : AlertStatus.OPEN;
  }

  /** Credentials first (they name the holder too), then the actor, then resources. */
  static List<SubjectRef> subjects(DetectionFinding finding) {
    List<SubjectRef> refs = new ArrayList<>();
    User user = finding.actor() == null ? null : finding.actor().user();
    if (user != null && present(user.credentialUid())) {
      refs.add(new SubjectRef.CredentialId(user.credentialUid()));
    }
    if (finding.actor() != null
        && finding.actor().session() != null
        && present(finding.actor().session().credentialUid())) {
      refs.add(new SubjectRef.CredentialId(finding.actor().session().credentialUid()));
    }
    List<ResourceDetails> resources = finding.resources() == null ? List.of() : finding.resources();
    for (ResourceDetails resource : resources) {
      if (present(resource.uid())) {
        SubjectRef ref = SubjectRef.of(resource.uid());
        if (!(ref instanceof SubjectRef.ExternalId)
            || (resource.type() != null && SUBJECT_TYPE.matcher(resource.type()).matches())) {
          refs.add(ref);
        }
      }
    }
    if (user != null) {
      if (present(user.uid())) {
        refs.add(SubjectRef.of(user.uid()));
      }
      if (present(user.uidAlt())) {
        refs.add(SubjectRef.of(user.uidAlt()));
      }
      if (present(user.emailAddr())) {
        refs.add(SubjectRef.of(user.emailAddr()));
      }
      if (present(user.name())) {
        refs.add(
            user.name().contains("@")
                ? SubjectRef.of(user.name())
                : new SubjectRef.Name(user.name()));
      }
    }
    return refs;
  }

  private static boolean present(@Nullable String value) {
    return value != null && !value.isBlank();
  }
}
