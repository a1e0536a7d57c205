package io.keyward.model.demo;

import static io.keyward.model.domain.AccessEventType.ACCESS_ALLOWED;
import static io.keyward.model.domain.AccessEventType.ACCESS_DENIED;
import static io.keyward.model.domain.AccessEventType.CHANGE;
import static io.keyward.model.domain.AccessEventType.CREDENTIAL_ISSUED;
import static io.keyward.model.domain.AccessEventType.SIGN_IN;

import io.keyward.model.cache.EstateSink;

/**
 * CloudTrail of the production account: who assumed which role, the data reads, the denied
 * attempts, and the session-revoke deny that answered GuardDuty's exfiltration finding.
 */
final class CloudTrailStory extends SourceStory {
  private static final String REGION = "us-east-1";

  CloudTrailStory(long seed, DemoTime time) {
    super(DemoSources.CLOUDTRAIL, seed, time);
  }

  @Override
  void write(EstateSink sink) {
    String lakeReader = AwsAccountStory.arn(AwsAccountStory.DATA_LAKE_READER);
    sink.add(
        event(
            time.hoursAgo(9),
            SIGN_IN,
            EntraTenantStory.FRANK,
            null,
            "signin:ConsoleLogin (SAML)",
            null,
            REGION));
    sink.add(
        event(
            time.minutesAgo(10),
            CREDENTIAL_ISSUED,
            AwsAccountStory.FORECAST_AGENT,
            AwsAccountStory.FORECAST_AGENT + "/session-1",
            "sts:AssumeRole",
            lakeReader,
            REGION));
    sink.add(
        event(
            time.minutesAgo(30),
            CREDENTIAL_ISSUED,
            EntraTenantStory.RESEARCH_SUMMARIZER,
            AwsAccountStory.DATA_LAKE_READER + "/session-1",
            "sts:AssumeRoleWithWebIdentity",
            lakeReader,
            REGION));
    sink.add(
        event(
            time.minutesAgo(5),
            ACCESS_ALLOWED,
            AwsAccountStory.DATA_LAKE_READER,
            AwsAccountStory.DATA_LAKE_READER + "/session-1",
            "s3:GetObject",
            AwsAccountStory.TRANSACTIONS,
            REGION));
    sink.add(
        event(
            time.hoursAgo(6),
            ACCESS_ALLOWED,
            AwsAccountStory.DEPLOY_AGENT,
            AwsAccountStory.DEPLOY_AGENT_KEY,
            "secretsmanager:ListSecrets",
            "*",
            REGION));
    sink.add(
        event(
            time.daysAgo(2),
            ACCESS_DENIED,
            AwsAccountStory.PRICING_AGENT,
            AwsAccountStory.PRICING_AGENT + "/key-1",
            "s3:GetObject",
            AwsAccountStory.LAKE + "/*",
            REGION));
    // The trail's oldest record: pricing-agent's last use of dynamodb:*, 120 days ago.
    sink.add(
        event(
            time.daysAgo(120),
            ACCESS_ALLOWED,
            AwsAccountStory.PRICING_AGENT,
            AwsAccountStory.PRICING_AGENT + "/key-1",
            "dynamodb:Query",
            AwsAccountStory.PRICES_TABLE,
            REGION));
    for (int i = 0; i < 3; i++) {
      sink.add(
          event(
              time.minutesAgo(GuardDutyStory.EXFILTRATION_MINUTES_AGO + 5 - i),
              ACCESS_ALLOWED,
              AwsAccountStory.TRAINING_JOB_ROLE,
              AwsAccountStory.TRAINING_SESSION,
              "s3:GetObject",
              AwsAccountStory.TRANSACTIONS,
              REGION));
    }
    sink.add(
        event(
            time.minutesAgo(
                GuardDutyStory.EXFILTRATION_MINUTES_AGO - GuardDutyStory.REVOKED_AFTER_MINUTES),
            CHANGE,
            EntraTenantStory.CAROL,
            null,
            "iam:PutRolePolicy AWSRevokeOlderSessions",
            AwsAccountStory.arn(AwsAccountStory.TRAINING_JOB_ROLE),
            REGION));
  }
}
