package io.keyward.model.demo;

import static io.keyward.model.domain.IdentityKind.AGENT;
import static io.keyward.model.domain.IdentityKind.ROLE;
import static io.keyward.model.domain.IdentityKind.SERVICE_ACCOUNT;
import static io.keyward.model.domain.IdentityKind.WORKLOAD;
import static io.keyward.model.domain.Privilege.ADMIN;
import static io.keyward.model.domain.Privilege.READ;
import static io.keyward.model.domain.Privilege.WRITE;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.GrantIds;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The production AWS account: old static access keys, an ownerless admin agent, an agent whose
 * owner left, and the roles at the end of the delegation chains (research-summarizer and
 * forecast-agent assume DataLakeReader).
 */
final class AwsAccountStory extends SourceStory {
  static final String CI_BOT = user("ci-bot");
  static final String CI_BOT_KEY = CI_BOT + "/key-1";

  /** No owner, no delegation, AdministratorAccess and a 200-day-old static key. */
  static final String DEPLOY_AGENT = user("deploy-agent");

  static final String DEPLOY_AGENT_KEY = DEPLOY_AGENT + "/key-1";
  static final String PRICING_AGENT = user("pricing-agent");
  static final String FORECAST_AGENT = role("forecast-agent");
  static final String DATA_LAKE_READER = role("DataLakeReader");
  static final String TRAINING_JOB_ROLE = role("TrainingJobRole");
  static final String TRAINING_SESSION = TRAINING_JOB_ROLE + "/session-1";
  static final String BATCH_INGEST = role("batch-ingest");
  static final String LAKE = "arn:aws:s3:::demo-corp-lake";
  static final String ARTIFACTS = "arn:aws:s3:::demo-corp-ml-artifacts";
  static final String PRICES_TABLE =
      "arn:aws:dynamodb:us-east-1:" + DemoSources.AWS_ACCOUNT + ":table/prices";
  static final String TRANSACTIONS = "s3://demo-corp-lake/transactions/2026q3";
  static final String PROD_DB_SECRET =
      "arn:aws:secretsmanager:us-east-1:" + DemoSources.AWS_ACCOUNT + ":secret:prod/payments-db";

  AwsAccountStory(long seed, DemoTime time) {
    super(DemoSources.AWS, seed, time);
  }

  static String user(String name) {
    return DemoSources.AWS.id() + ":user/" + name;
  }

  static String role(String name) {
    return DemoSources.AWS.id() + ":role/" + name;
  }

  static String group(String name) {
    return DemoSources.AWS.id() + ":group/" + name;
  }

  static String arn(String id) {
    String path = id.substring(DemoSources.AWS.id().length() + 1);
    return "arn:aws:iam::" + DemoSources.AWS_ACCOUNT + ":" + path;
  }

  /**
   * As AccountMapper names it: a managed policy for the AWS-managed admin policy, else one inline
   * policy per principal ({@code NAME-access}) with a statement per grant.
   */
  @Override
  protected String directGrantId(
      String principal, String permission, String resource, @Nullable String condition) {
    String policyKey =
        permission.equals("AdministratorAccess")
            ? "policy/AdministratorAccess"
            : "inline/" + principal.substring(principal.lastIndexOf('/') + 1) + "-access";
    return GrantIds.aws(principal, "", policyKey, 0, permission, resource);
  }

  @Override
  void write(EstateSink sink) {
    writeResources(sink);
    writeIdentities(sink);
    writeCredentials(sink);
    writeGrants(sink);
    writeDelegations(sink);
  }

  private void writeResources(EstateSink sink) {
    sink.add(
        new Resource(LAKE, source.id(), LAKE, ResourceKind.BUCKET, "demo-corp-lake", null, true));
    sink.add(
        new Resource(
            TRANSACTIONS,
            source.id(),
            TRANSACTIONS,
            ResourceKind.DATASET,
            "transactions/2026q3",
            LAKE,
            true));
    sink.add(
        new Resource(
            ARTIFACTS,
            source.id(),
            ARTIFACTS,
            ResourceKind.BUCKET,
            "demo-corp-ml-artifacts",
            null,
            false));
    sink.add(
        new Resource(
            PROD_DB_SECRET,
            source.id(),
            PROD_DB_SECRET,
            ResourceKind.SECRET_STORE,
            "prod/payments-db",
            null,
            true));
  }

  private void writeIdentities(EstateSink sink) {
    sink.add(
        identity(
            CI_BOT,
            SERVICE_ACCOUNT,
            EntraTenantStory.FRANK,
            "IAM user with access keys and no console password",
            Map.of("team", "devops")));
    sink.add(
        identity(
            DEPLOY_AGENT,
            AGENT,
            null,
            "tag keyward:kind=agent",
            Map.of("keyward:kind", "agent", "team", "devops")));
    sink.add(
        identity(
            PRICING_AGENT,
            AGENT,
            EntraTenantStory.DAN,
            "name matches *-agent",
            Map.of("team", "pricing")));
    sink.add(
        identity(
            FORECAST_AGENT,
            AGENT,
            EntraTenantStory.BOB,
            "tag keyward:kind=agent",
            Map.of("keyward:kind", "agent", "team", "data-science")));
    sink.add(identity(DATA_LAKE_READER, ROLE, null, "IAM role", Map.of("team", "data-eng")));
    sink.add(
        identity(
            TRAINING_JOB_ROLE,
            ROLE,
            null,
            "IAM role trusted by sagemaker.amazonaws.com",
            Map.of("team", "ml-platform")));
    sink.add(
        identity(
            BATCH_INGEST,
            WORKLOAD,
            EntraTenantStory.FRANK,
            "IAM role trusted by ecs-tasks.amazonaws.com",
            Map.of("team", "data-eng")));
  }

  private Identity identity(
      String id,
      IdentityKind kind,
      @Nullable String owner,
      String classification,
      Map<String, String> tags) {
    return new Identity(
        id,
        source.id(),
        arn(id),
        kind,
        id.substring(id.lastIndexOf('/') + 1),
        null,
        IdentityStatus.ENABLED,
        time.daysAgo(500),
        owner,
        classification,
        tags);
  }

  private void writeCredentials(EstateSink sink) {
    sink.add(
        staticCredential(
            CI_BOT_KEY,
            CI_BOT,
            CredentialKind.ACCESS_KEY,
            idsFor(CI_BOT_KEY).awsKeyId("AKIA"),
            "ci-bot key 1",
            time.daysAgo(400),
            time.daysAgo(1),
            ids.fingerprint()));
    sink.add(
        staticCredential(
            DEPLOY_AGENT_KEY,
            DEPLOY_AGENT,
            CredentialKind.ACCESS_KEY,
            idsFor(DEPLOY_AGENT_KEY).awsKeyId("AKIA"),
            "deploy-agent key 1",
            time.daysAgo(200),
            time.hoursAgo(4),
            ids.fingerprint()));
    sink.add(
        staticCredential(
            PRICING_AGENT + "/key-1",
            PRICING_AGENT,
            CredentialKind.ACCESS_KEY,
            ids.awsKeyId("AKIA"),
            "pricing-agent key 1",
            time.daysAgo(95),
            time.daysAgo(2),
            ids.fingerprint()));
    // The healthy pattern: role sessions that expire within the hour.
    sink.add(
        expiringCredential(
            FORECAST_AGENT + "/session-1",
            FORECAST_AGENT,
            CredentialKind.SESSION,
            ids.awsKeyId("ASIA"),
            "forecast-agent session",
            time.minutesAgo(10),
            Duration.ofMinutes(15),
            time.minutesAgo(2),
            List.of()));
    sink.add(
        expiringCredential(
            DATA_LAKE_READER + "/session-1",
            DATA_LAKE_READER,
            CredentialKind.SESSION,
            ids.awsKeyId("ASIA"),
            "research-summarizer web identity session",
            time.minutesAgo(30),
            Duration.ofMinutes(60),
            time.minutesAgo(5),
            List.of()));
    sink.add(
        expiringCredential(
            TRAINING_SESSION,
            TRAINING_JOB_ROLE,
            CredentialKind.SESSION,
            idsFor(TRAINING_SESSION).awsKeyId("ASIA"),
            "SageMaker training session",
            time.minutesAgo(50),
            Duration.ofMinutes(60),
            time.minutesAgo(20),
            List.of()));
  }

  private void writeGrants(EstateSink sink) {
    sink.add(grant(DEPLOY_AGENT, "AdministratorAccess", "*", ADMIN, time.hoursAgo(4)));
    sink.add(grant(PRICING_AGENT, "dynamodb:*", PRICES_TABLE, WRITE, time.daysAgo(120)));
    sink.add(grant(CI_BOT, "s3:PutObject", ARTIFACTS + "/*", WRITE, time.daysAgo(1)));
    // Never used, on a sensitive secret, no condition.
    sink.add(grant(CI_BOT, "secretsmanager:GetSecretValue", PROD_DB_SECRET, READ, null));
    sink.add(
        grant(
            DATA_LAKE_READER,
            "s3:GetObject",
            LAKE + "/*",
            READ,
            "StringEquals aws:SourceVpce vpce-0a1b2c3d4e5f60718",
            time.minutesAgo(5)));
    sink.add(grant(TRAINING_JOB_ROLE, "s3:GetObject", LAKE + "/*", READ, time.minutesAgo(20)));
    sink.add(
        grant(TRAINING_JOB_ROLE, "s3:PutObject", ARTIFACTS + "/*", WRITE, time.minutesAgo(20)));
    sink.add(
        inheritedGrant(
            FORECAST_AGENT,
            GrantOrigin.VIA_ROLE,
            DATA_LAKE_READER,
            "s3:GetObject",
            LAKE + "/*",
            READ,
            time.minutesAgo(2)));
    sink.add(
        grant(
            BATCH_INGEST,
            "s3:PutObject",
            LAKE + "/raw/*",
            WRITE,
            "StringEquals aws:SourceVpce vpce-0a1b2c3d4e5f60718",
            time.hoursAgo(6)));
  }

  private void writeDelegations(EstateSink sink) {
    // Last hop of alice -> research-agent -> research-summarizer -> DataLakeReader.
    sink.add(
        delegation(
            EntraTenantStory.RESEARCH_SUMMARIZER,
            DATA_LAKE_READER,
            DelegationKind.ASSUME_ROLE,
            List.of("s3:GetObject"),
            "sts:AssumeRoleWithWebIdentity, sub = agent/research-summarizer"));
    sink.add(
        delegation(
            EntraTenantStory.BOB,
            FORECAST_AGENT,
            DelegationKind.ON_BEHALF_OF,
            List.of("forecast:run", "s3:GetObject"),
            null));
    sink.add(
        delegation(
            FORECAST_AGENT,
            DATA_LAKE_READER,
            DelegationKind.ASSUME_ROLE,
            List.of("s3:GetObject"),
            "sts:ExternalId = forecast-prod"));
    sink.add(
        delegation(
            BATCH_INGEST,
            TRAINING_JOB_ROLE,
            DelegationKind.ASSUME_ROLE,
            List.of("s3:GetObject", "s3:PutObject"),
            null));
  }
}
