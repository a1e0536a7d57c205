package io.keyward.connectors.cloudtrail;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.SyncSession;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Issuance;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The account the CloudTrail fixtures log, as the AWS connector and Entra would have cached it. */
final class TrailTargets {
  static final String ACCOUNT = "111122223333";
  static final String AGENT_BOT = "aws:" + ACCOUNT + ":user/agent-bot";
  static final String AGENT_BOT_KEY = AGENT_BOT + "/key/AKIAEXAMPLEAGENTBOT1";
  static final String OPS_ADMIN = "aws:" + ACCOUNT + ":user/ops-admin";
  static final String ROOT = "aws:" + ACCOUNT + ":root";
  static final String AGENT_RUNNER = "aws:" + ACCOUNT + ":role/AgentRunner";
  static final String DATA_LAKE_READER = "aws:" + ACCOUNT + ":role/DataLakeReader";
  static final String TRUST = AGENT_RUNNER + "/trusts/" + DATA_LAKE_READER;
  static final String FRANK = "entra:corp:user/frank";

  /** What the fixtures' first record issues: agent-bot assumes AgentRunner for 15 minutes. */
  static final Issuance RUNNER_ISSUANCE =
      new Issuance(
          "sts.amazonaws.com",
          "arn:aws:iam::" + ACCOUNT + ":user/agents/agent-bot",
          AGENT_RUNNER,
          "run-42",
          Duration.ofMinutes(15),
          "alice@example.com",
          "ASIAEXAMPLERUNNER001");

  private static final Instant CREATED = Instant.parse("2025-06-01T00:00:00Z");

  private TrailTargets() {}

  static void load(Cache cache) {
    Source aws = new Source("aws:" + ACCOUNT, SourceKind.AWS_IAM, "AWS prod", ACCOUNT);
    try (SyncSession s = cache.beginSync(aws)) {
      s.add(identity(AGENT_BOT, aws, "user/agents/agent-bot", "agent-bot", IdentityKind.AGENT));
      s.add(identity(OPS_ADMIN, aws, "user/ops-admin", "ops-admin", IdentityKind.HUMAN));
      s.add(identity(ROOT, aws, "root", "root", IdentityKind.HUMAN));
      s.add(identity(AGENT_RUNNER, aws, "role/AgentRunner", "AgentRunner", IdentityKind.AGENT));
      s.add(
          identity(
              DATA_LAKE_READER,
              aws,
              "role/data/DataLakeReader",
              "DataLakeReader",
              IdentityKind.ROLE));
      s.add(
          new Credential(
              AGENT_BOT_KEY,
              aws.id(),
              AGENT_BOT,
              CredentialKind.ACCESS_KEY,
              "AKIAEXAMPLEAGENTBOT1",
              "AKIAEXAMPLEAGENTBOT1",
              CredentialStatus.ACTIVE,
              CREATED,
              null,
              null,
              null,
              List.of()));
      s.add(
          new Delegation(
              TRUST,
              aws.id(),
              AGENT_RUNNER,
              DATA_LAKE_READER,
              DelegationKind.ASSUME_ROLE,
              List.of("s3:GetObject", "s3:ListBucket"),
              null,
              null));
      s.complete();
    }
    Source entra = new Source("entra:corp", SourceKind.ENTRA_ID, "Entra", "tenant corp");
    try (SyncSession s = cache.beginSync(entra)) {
      Identity frank =
          new Identity(
              FRANK,
              entra.id(),
              "5f1c2d3e-1111-4c7d-9e0f-1a2b3c4d5e6f",
              IdentityKind.HUMAN,
              "Frank Li",
              "frank@example.com",
              IdentityStatus.ENABLED,
              CREATED,
              null,
              "member user",
              Map.of());
      s.add(frank);
      s.complete();
    }
  }

  private static Identity identity(
      String id, Source source, String arnTail, String name, IdentityKind kind) {
    return new Identity(
        id,
        source.id(),
        "arn:aws:iam::" + ACCOUNT + ":" + arnTail,
        kind,
        name,
        null,
        IdentityStatus.ENABLED,
        CREATED,
        null,
        "test",
        Map.of());
  }
}
