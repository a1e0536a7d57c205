package io.keyward.model.lineage;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.SyncSession;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import io.keyward.model.domain.RunState;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A constructed estate with known answers. An identity provider holds the people and pipelines, a
 * registry holds fraud-scorer v1 and v2, a lineage file says the trainer wrote v2 from the lake's
 * transactions and somebody by email wrote v1.
 *
 * <p>Who could alter v2: trainer (ran it); eval-agent (impersonates trainer); alice (on behalf of
 * eval-agent, two hops); data-writers (writes lake/*) and bob (member of data-writers); frank
 * (writes the model); erin (writes the whole registry); ops-admin (admin on everything in the
 * identity provider, which holds the dataset). Not: carol (reads only), dave (his delegation to
 * trainer expired), mallory (writes another bucket).
 */
final class LineageEstate {
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  static final Source IDP = new Source("idp", SourceKind.AWS_IAM, "AWS", "account 1");
  static final Source REGISTRY =
      new Source("mlflow", SourceKind.MLFLOW, "Registry", "https://mlflow.test");
  static final Source LINEAGE =
      new Source("ol", SourceKind.OPENLINEAGE, "Lineage file", "/tmp/ol.ndjson");

  static final String BUCKET = "arn:aws:s3:::lake";
  static final String TRANSACTIONS = "s3://lake/transactions";
  static final String LINEAGE_TRANSACTIONS = "ol:dataset/s3://lake/transactions";
  static final String MODEL = "mlflow:model/fraud-scorer";
  static final String V1 = MODEL + "/1";
  static final String V2 = MODEL + "/2";
  static final String V10 = MODEL + "/10";

  private LineageEstate() {}

  static void load(Cache cache) {
    try (SyncSession s = cache.beginSync(IDP)) {
      for (String id :
          List.of(
              "alice", "bob", "carol", "dave", "erin", "frank", "mallory", "twin-a", "twin-b")) {
        s.add(person(id));
      }
      s.add(identity("eval-agent", IdentityKind.AGENT, null));
      s.add(identity("trainer", IdentityKind.SERVICE_ACCOUNT, null));
      s.add(identity("data-writers", IdentityKind.GROUP, null));
      s.add(identity("ops-admin", IdentityKind.ROLE, null));
      s.add(new Resource(BUCKET, IDP.id(), BUCKET, ResourceKind.BUCKET, "lake", null, true));
      s.add(
          new Resource(
              TRANSACTIONS,
              IDP.id(),
              TRANSACTIONS,
              ResourceKind.DATASET,
              "transactions",
              BUCKET,
              true));
      s.add(grant("g-writers", "data-writers", "s3:PutObject", BUCKET + "/*", Privilege.WRITE));
      s.add(grant("g-carol", "carol", "s3:GetObject", TRANSACTIONS, Privilege.READ));
      s.add(
          grant(
              "g-mallory", "mallory", "s3:PutObject", "arn:aws:s3:::lakehouse/*", Privilege.WRITE));
      s.add(grant("g-admin", "ops-admin", "AdministratorAccess", "*", Privilege.ADMIN));
      s.add(grant("g-frank", "frank", "models:write", MODEL, Privilege.WRITE));
      s.add(grant("g-erin", "erin", "registry:manage", REGISTRY.location(), Privilege.ADMIN));
      s.add(delegation("d1", "alice", "eval-agent", DelegationKind.ON_BEHALF_OF, null));
      s.add(delegation("d2", "eval-agent", "trainer", DelegationKind.IMPERSONATION, null));
      s.add(delegation("d3", "trainer", "eval-agent", DelegationKind.IMPERSONATION, null));
      s.add(delegation("d4", "bob", "data-writers", DelegationKind.GROUP_MEMBERSHIP, null));
      s.add(
          delegation("d5", "dave", "trainer", DelegationKind.IMPERSONATION, NOW.minusSeconds(60)));
      s.complete();
    }
    try (SyncSession s = cache.beginSync(REGISTRY)) {
      s.add(
          new Resource(
              MODEL,
              REGISTRY.id(),
              "fraud-scorer",
              ResourceKind.MODEL,
              "fraud-scorer",
              null,
              true));
      for (String version : List.of(V1, V2, V10)) {
        String n = version.substring(version.lastIndexOf('/') + 1);
        s.add(
            new Resource(
                version,
                REGISTRY.id(),
                "models:/fraud-scorer/" + n,
                ResourceKind.MODEL_VERSION,
                "fraud-scorer v" + n,
                MODEL,
                true));
      }
      s.complete();
    }
    try (SyncSession s = cache.beginSync(LINEAGE)) {
      s.add(
          new Resource(
              LINEAGE_TRANSACTIONS,
              LINEAGE.id(),
              TRANSACTIONS,
              ResourceKind.DATASET,
              "lake/transactions",
              null,
              false));
      s.add(run("r-train", "trainer", days(3), List.of(LINEAGE_TRANSACTIONS), List.of(V2)));
      s.add(run("r-eval", "eval-agent", days(2), List.of(V2), List.of()));
      s.add(run("r-old", "ALICE@corp.example", days(40), List.of(TRANSACTIONS), List.of(V1)));
      s.add(run("r-ghost", "ghost-user", days(30), List.of(), List.of(V1)));
      s.add(run("r-twin", "twin", days(20), List.of(), List.of()));
      s.add(run("r-anon", null, days(10), List.of(), List.of(V10)));
      s.complete();
    }
  }

  private static Instant days(int days) {
    return NOW.minus(Duration.ofDays(days));
  }

  private static Identity person(String id) {
    String name = id.startsWith("twin") ? "twin" : id;
    return new Identity(
        id,
        IDP.id(),
        "ext-" + id,
        IdentityKind.HUMAN,
        name,
        id + "@corp.example",
        IdentityStatus.ENABLED,
        null,
        null,
        "test",
        Map.of());
  }

  private static Identity identity(String id, IdentityKind kind, @Nullable String email) {
    return new Identity(
        id,
        IDP.id(),
        "ext-" + id,
        kind,
        id,
        email,
        IdentityStatus.ENABLED,
        null,
        null,
        "test",
        Map.of());
  }

  private static Grant grant(
      String id, String principal, String permission, String resource, Privilege privilege) {
    return new Grant(
        id,
        IDP.id(),
        principal,
        permission,
        resource,
        privilege,
        GrantOrigin.DIRECT,
        null,
        null,
        null);
  }

  private static Delegation delegation(
      String id, String from, String to, DelegationKind kind, @Nullable Instant expires) {
    return new Delegation(id, IDP.id(), from, to, kind, List.of(), null, expires);
  }

  private static LineageRecord run(
      String runId,
      @Nullable String user,
      Instant started,
      List<String> inputs,
      List<String> outputs) {
    return new LineageRecord(
        "ol:run/" + runId,
        LINEAGE.id(),
        runId,
        "job-" + runId,
        user,
        RunState.COMPLETED,
        started,
        started.plusSeconds(600),
        inputs,
        outputs,
        "https://producer.test");
  }
}
