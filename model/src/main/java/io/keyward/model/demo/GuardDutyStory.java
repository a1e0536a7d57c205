package io.keyward.model.demo;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.Severity;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * GuardDuty in the production account: the training role's session credentials used outside AWS
 * (answered by a session-revoke deny nine minutes later, see CloudTrail), the deploy agent's
 * anomalous discovery, and one finding about a session Keyward does not know.
 */
final class GuardDutyStory extends SourceStory {
  static final long EXFILTRATION_MINUTES_AGO = 45;
  static final long REVOKED_AFTER_MINUTES = 9;

  GuardDutyStory(long seed, DemoTime time) {
    super(DemoSources.GUARDDUTY, seed, time);
  }

  @Override
  void write(EstateSink sink) {
    finding(
        sink,
        time.minutesAgo(EXFILTRATION_MINUTES_AGO),
        8.0,
        "UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS",
        "Credentials for TrainingJobRole used from an external IP address",
        idsFor(AwsAccountStory.TRAINING_SESSION).awsKeyId("ASIA"),
        "TrainingJobRole",
        AwsAccountStory.TRAINING_JOB_ROLE,
        AwsAccountStory.TRAINING_SESSION,
        AlertStatus.OPEN);
    finding(
        sink,
        time.hoursAgo(6),
        5.0,
        "Discovery:IAMUser/AnomalousBehavior",
        "deploy-agent invoked ListSecrets, an API it never used before",
        idsFor(AwsAccountStory.DEPLOY_AGENT_KEY).awsKeyId("AKIA"),
        "deploy-agent",
        AwsAccountStory.DEPLOY_AGENT,
        AwsAccountStory.DEPLOY_AGENT_KEY,
        AlertStatus.OPEN);
    finding(
        sink,
        time.daysAgo(4),
        2.0,
        "CredentialAccess:IAMUser/AnomalousBehavior",
        "Session of a deleted role called GetSecretValue",
        ids.awsKeyId("ASIA"),
        "legacy-batch",
        null,
        null,
        AlertStatus.CLOSED);
  }

  private void finding(
      EstateSink sink,
      Instant at,
      double severity,
      String type,
      String title,
      String accessKeyId,
      String userName,
      @Nullable String identity,
      @Nullable String credential,
      AlertStatus status) {
    String id = ids.hex(32);
    String raw =
        String.format(
            Locale.ROOT,
            "{\"id\":\"%s\",\"accountId\":\"%s\",\"region\":\"us-east-1\",\"type\":\"%s\","
                + "\"severity\":%.1f,\"createdAt\":\"%s\",\"title\":\"%s\",\"resource\":{"
                + "\"resourceType\":\"AccessKey\",\"accessKeyDetails\":{\"accessKeyId\":\"%s\","
                + "\"userName\":\"%s\",\"userType\":\"AssumedRole\"}}}",
            id,
            DemoSources.AWS_ACCOUNT,
            type,
            severity,
            at,
            title,
            accessKeyId,
            userName);
    sink.add(alert(id, at, severityOf(severity), type, title, identity, credential, status, raw));
  }

  /** GuardDuty bands: low 1-3.9, medium 4-6.9, high 7-8.9, critical 9-10. */
  private static Severity severityOf(double value) {
    if (value >= 9) {
      return Severity.CRITICAL;
    }
    if (value >= 7) {
      return Severity.HIGH;
    }
    return value >= 4 ? Severity.MEDIUM : Severity.LOW;
  }
}
